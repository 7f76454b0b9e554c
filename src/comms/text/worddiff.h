#pragma once

#include <QList>
#include <QString>

namespace warroom {

// What changed between two texts, word by word, for a reader who should read only the changes
// (legal re-reading a draft after an edit). The texts are cut into words, single punctuation
// marks and runs of whitespace (newlines included); the longest common subsequence of those
// pieces is kept, the rest is removed or added. Whitespace and newlines come out as they were,
// so joining the Same and Added pieces gives the new text back, and Same and Removed the old.
// The common start and end are trimmed first; pieces found once in each text anchor the rest
// (patience diff), so a few changed words in a long text cost next to nothing; what lies between
// anchors is compared by the classic LCS table: O(n·m) time and bits at most.
class WordDiff
{
public:
    struct Piece
    {
        enum class Kind { Same, Removed, Added };
        Kind kind = Kind::Same;
        QString text;
        bool operator==(const Piece &) const = default;
    };

    static QList<Piece> diff(const QString &before, const QString &after);

    // For a plain-text copy: removed text as [-removed-], added text as {+added+}.
    static QString plainText(const QList<Piece> &pieces);

    // The pieces a text is compared in: words, single punctuation marks, runs of spaces and
    // tabs, single line breaks.
    static QStringList tokens(const QString &text);
};

} // namespace warroom
