#pragma once

#include "models/wall/wallfacts.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;

namespace warroom {

// One incident on the wall screen: severity, status and category; the title; the T+ clock; the
// next three obligations and everything overdue with the people who own them; the role board;
// key-account calls; the latest external message and when the next is due. The type follows the
// panel's height and shrinks until everything fits: labels wrap, nothing scrolls or is cut off.
// A panel wider than tall puts its sections in two columns.
class WallIncidentPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WallIncidentPanel(QWidget *parent = nullptr);

    void setFacts(const WallFacts &facts);
    qint64 incidentId() const { return m_id; }
    // The base text size in pixels the last fit chose.
    int basePixelSize() const { return m_pixelSize; }
    // The largest base size at which everything fits this panel's size.
    int fittingPixelSize();
    // Never larger than this (0: no cap): panels side by side share one size.
    void setPixelSizeCap(int cap);

    static constexpr int MinimumPixelSize = 8;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QLabel *addLabel(const QString &name, double scale);
    void fit();
    // Places the labels for the base size; returns the height the tallest column needs.
    int place(int pixelSize, bool apply);

    struct Item
    {
        QLabel *label = nullptr;
        double scale = 1.0;
        int column = 0; // in the two-column arrangement
        // Heights measured for measuredText, by (pixel size << 32 | width).
        QString measuredText;
        QHash<qint64, int> heights;
    };
    int measuredHeight(Item &item, int pixelSize, int width);
    void setLabelPixelSize(Item &item, int pixelSize);
    QList<Item> m_items;
    QLabel *m_head = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_overdue = nullptr;
    QLabel *m_roles = nullptr;
    QLabel *m_calls = nullptr;
    QLabel *m_comms = nullptr;
    qint64 m_id = 0;
    int m_pixelSize = 0;
    int m_lastFitting = 0; // fittingPixelSize()'s last answer, tried first next time
    int m_cap = 0;
};

} // namespace warroom
