#pragma once

#include <QDateTime>
#include <QLabel>
#include <QTimer>

namespace warroom {

class Clock;
class ServerLink;

// The line across the top of a window on a shared war room server that says, unmistakably, when
// the server stopped answering: "Offline — changes are not being saved", since when, why and
// when War Room tries again; then, once it is back, that everything changed meanwhile was read
// again (for a few seconds). Hidden while the server answers. Times come from the clock given.
// Its "Try now" link asks the server watch to try at once rather than at the next retry.
class OfflineBanner final : public QLabel
{
    Q_OBJECT
public:
    OfflineBanner(ServerLink &link, const Clock &clock, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    void wentOffline(const QString &reason);
    void retrying(int milliseconds);
    void cameBack();
    void showOffline();
    void paint(bool alarm);

    ServerLink &m_link;
    const Clock &m_clock;
    QString m_reason;
    QDateTime m_since;
    int m_retryMs = 0;
    QTimer m_hide;
};

} // namespace warroom
