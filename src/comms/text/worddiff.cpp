#include "comms/text/worddiff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace warroom {
namespace {

enum class CharClass { Word, Space, Other };

CharClass classOf(QChar c)
{
    if (c.isSpace())
        return CharClass::Space;
    if (c.isLetterOrNumber() || c.isMark() || c == u'_' || c.isSurrogate())
        return CharClass::Word;
    return CharClass::Other;
}

using Kind = WordDiff::Piece::Kind;

void append(QList<WordDiff::Piece> &pieces, Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!pieces.isEmpty() && pieces.last().kind == kind)
        pieces.last().text += text;
    else
        pieces.append({kind, text});
}

// A change, a little unchanged whitespace, another change: one change reads better than two
// ("[-quick brown-]{+slow red+}" rather than "[-quick-]{+slow+} [-brown-]{+red+}").
QList<WordDiff::Piece> joinAcrossSpaces(const QList<WordDiff::Piece> &pieces)
{
    QList<WordDiff::Piece> out;
    qsizetype i = 0;
    while (i < pieces.size()) {
        if (pieces[i].kind == Kind::Same) {
            append(out, Kind::Same, pieces[i].text);
            ++i;
            continue;
        }
        // A run of changes, joined over whitespace-only Same pieces that lie between changes.
        QString removed;
        QString added;
        qsizetype j = i;
        while (j < pieces.size()) {
            const WordDiff::Piece &p = pieces[j];
            if (p.kind == Kind::Removed) {
                removed += p.text;
            } else if (p.kind == Kind::Added) {
                added += p.text;
            } else {
                const bool spaceOnly = p.text.trimmed().isEmpty() && !p.text.contains(u'\n');
                const bool changeFollows = j + 1 < pieces.size();
                if (!spaceOnly || !changeFollows)
                    break;
                removed += p.text;
                added += p.text;
            }
            ++j;
        }
        append(out, Kind::Removed, removed);
        append(out, Kind::Added, added);
        i = j;
    }
    return out;
}

} // namespace

QStringList WordDiff::tokens(const QString &text)
{
    QStringList out;
    qsizetype i = 0;
    while (i < text.size()) {
        const CharClass c = classOf(text[i]);
        qsizetype j = i + 1;
        // A line break is a token of its own: an added empty line reads as one added line.
        if (c != CharClass::Other && text[i] != u'\n') {
            while (j < text.size() && classOf(text[j]) == c && text[j] != u'\n')
                ++j;
        }
        out.append(text.mid(i, j - i));
        i = j;
    }
    return out;
}

namespace {

// The diff of token ids (each distinct token one int), appended to pieces through the text.
class Differ
{
public:
    Differ(const QStringList &aText, const QStringList &bText, QList<WordDiff::Piece> &pieces)
        : m_aText(aText)
        , m_bText(bText)
        , m_pieces(pieces)
    {
        QHash<QString, int> ids;
        const auto idOf = [&ids](const QString &token) {
            auto it = ids.constFind(token);
            return it != ids.cend() ? *it : *ids.insert(token, int(ids.size()));
        };
        for (const QString &t : aText)
            m_a.push_back(idOf(t));
        for (const QString &t : bText)
            m_b.push_back(idOf(t));
    }

    void run() { range(0, qsizetype(m_a.size()), 0, qsizetype(m_b.size())); }

private:
    void same(qsizetype i) { append(m_pieces, Kind::Same, m_aText[i]); }
    void removed(qsizetype i) { append(m_pieces, Kind::Removed, m_aText[i]); }
    void added(qsizetype j) { append(m_pieces, Kind::Added, m_bText[j]); }

    // a[alo, ahi) against b[blo, bhi): the common start and end are kept as they are; tokens
    // found once in each of the rest anchor the longest run of them in order (patience diff),
    // the stretches between anchors are diffed the same way; what has no anchor goes to lcs().
    void range(qsizetype alo, qsizetype ahi, qsizetype blo, qsizetype bhi)
    {
        while (alo < ahi && blo < bhi && m_a[alo] == m_b[blo]) {
            same(alo++);
            ++blo;
        }
        qsizetype suffix = 0;
        while (alo < ahi - suffix && blo < bhi - suffix &&
               m_a[ahi - 1 - suffix] == m_b[bhi - 1 - suffix])
            ++suffix;
        const std::vector<std::pair<qsizetype, qsizetype>> anchors =
            uniqueAnchors(alo, ahi - suffix, blo, bhi - suffix);
        if (anchors.empty()) {
            lcs(alo, ahi - suffix, blo, bhi - suffix);
        } else {
            qsizetype i = alo;
            qsizetype j = blo;
            for (const auto &[ai, bj] : anchors) {
                range(i, ai, j, bj);
                same(ai);
                i = ai + 1;
                j = bj + 1;
            }
            range(i, ahi - suffix, j, bhi - suffix);
        }
        for (qsizetype k = ahi - suffix; k < ahi; ++k)
            same(k);
    }

    // Tokens that occur exactly once in a[alo, ahi) and once in b[blo, bhi), as (i, j) pairs:
    // the longest chain of them increasing in both (longest increasing subsequence of j).
    std::vector<std::pair<qsizetype, qsizetype>> uniqueAnchors(qsizetype alo, qsizetype ahi,
                                                               qsizetype blo, qsizetype bhi) const
    {
        if (ahi - alo < 2 || bhi - blo < 2)
            return {};
        QHash<int, std::pair<int, qsizetype>> inA; // id -> (count, position)
        for (qsizetype i = alo; i < ahi; ++i) {
            auto &entry = inA[m_a[i]];
            ++entry.first;
            entry.second = i;
        }
        QHash<int, std::pair<int, qsizetype>> inB;
        for (qsizetype j = blo; j < bhi; ++j) {
            auto &entry = inB[m_b[j]];
            ++entry.first;
            entry.second = j;
        }
        std::vector<std::pair<qsizetype, qsizetype>> pairs; // by i
        for (qsizetype i = alo; i < ahi; ++i) {
            const auto a = inA.value(m_a[i]);
            if (a.first != 1)
                continue;
            const auto b = inB.value(m_a[i], {0, 0});
            if (b.first == 1)
                pairs.emplace_back(i, b.second);
        }
        // Patience sorting: tails[k] is the pair ending the best chain of length k + 1.
        std::vector<qsizetype> tails;
        std::vector<qsizetype> previous(pairs.size(), -1);
        for (qsizetype p = 0; p < qsizetype(pairs.size()); ++p) {
            const auto at = std::lower_bound(
                tails.begin(), tails.end(), pairs[p].second,
                [&](qsizetype t, qsizetype j) { return pairs[size_t(t)].second < j; });
            if (at != tails.begin())
                previous[size_t(p)] = *(at - 1);
            if (at == tails.end())
                tails.push_back(p);
            else
                *at = p;
        }
        std::vector<std::pair<qsizetype, qsizetype>> chain;
        for (qsizetype p = tails.empty() ? -1 : tails.back(); p >= 0; p = previous[size_t(p)])
            chain.push_back(pairs[size_t(p)]);
        std::reverse(chain.begin(), chain.end());
        return chain;
    }

    // The longest common subsequence by dynamic programming: O(n·m) time, lengths two rows at a
    // time, one bit per cell saying whether skipping a[i] keeps at least as long a subsequence
    // as skipping b[j].
    void lcs(qsizetype alo, qsizetype ahi, qsizetype blo, qsizetype bhi)
    {
        const qsizetype n = ahi - alo;
        const qsizetype m = bhi - blo;
        if (n == 0 || m == 0) {
            for (qsizetype i = alo; i < ahi; ++i)
                removed(i);
            for (qsizetype j = blo; j < bhi; ++j)
                added(j);
            return;
        }
        std::vector<bool> skipA(size_t(n) * size_t(m));
        std::vector<int> next(size_t(m) + 1, 0);
        std::vector<int> row(size_t(m) + 1, 0);
        for (qsizetype i = n - 1; i >= 0; --i) {
            row[size_t(m)] = 0;
            const int ai = m_a[alo + i];
            for (qsizetype j = m - 1; j >= 0; --j) {
                if (ai == m_b[blo + j]) {
                    row[size_t(j)] = next[size_t(j) + 1] + 1;
                } else {
                    const int down = next[size_t(j)];
                    const int right = row[size_t(j) + 1];
                    skipA[size_t(i) * size_t(m) + size_t(j)] = down >= right;
                    row[size_t(j)] = std::max(down, right);
                }
            }
            std::swap(row, next);
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (m_a[alo + i] == m_b[blo + j]) {
                same(alo + i);
                ++i;
                ++j;
            } else if (skipA[size_t(i) * size_t(m) + size_t(j)]) {
                removed(alo + i++);
            } else {
                added(blo + j++);
            }
        }
        for (; i < n; ++i)
            removed(alo + i);
        for (; j < m; ++j)
            added(blo + j);
    }

    const QStringList &m_aText;
    const QStringList &m_bText;
    QList<WordDiff::Piece> &m_pieces;
    std::vector<int> m_a;
    std::vector<int> m_b;
};

} // namespace

QList<WordDiff::Piece> WordDiff::diff(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    QList<Piece> pieces;
    Differ(a, b, pieces).run();
    return joinAcrossSpaces(pieces);
}

QString WordDiff::plainText(const QList<Piece> &pieces)
{
    QString out;
    for (const Piece &p : pieces) {
        switch (p.kind) {
        case Kind::Same:
            out += p.text;
            break;
        case Kind::Removed:
            out += QStringLiteral("[-") + p.text + QStringLiteral("-]");
            break;
        case Kind::Added:
            out += QStringLiteral("{+") + p.text + QStringLiteral("+}");
            break;
        }
    }
    return out;
}

} // namespace warroom
