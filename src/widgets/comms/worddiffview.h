#pragma once

#include "comms/text/worddiff.h"

#include <QTextBrowser>

namespace warroom {

// A word diff shown for reading: removed words struck through on a red mark, added words
// underlined on a green mark (strike and underline say it without colour too); whitespace and
// line breaks as they were. plainDiff() is the [-removed-]{+added+} form, for a plain-text copy.
class WordDiffView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit WordDiffView(QWidget *parent = nullptr);

    void showDiff(const QList<WordDiff::Piece> &pieces);
    // The diff as plain text with [-removed-] and {+added+} marks.
    QString plainDiff() const { return WordDiff::plainText(m_pieces); }

    static QString html(const QList<WordDiff::Piece> &pieces);

private:
    QList<WordDiff::Piece> m_pieces;
};

} // namespace warroom
