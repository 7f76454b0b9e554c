#include "comms/text/worddiff.h"

#include <QTest>

#include <algorithm>

using namespace warroom;

using Piece = WordDiff::Piece;
using Kind = WordDiff::Piece::Kind;

class TestWordDiff : public QObject
{
    Q_OBJECT

private slots:
    void plain_data();
    void plain();
    void piecesRebuildBothTexts_data();
    void piecesRebuildBothTexts();
    void tokens();
    void identicalIsOneSamePiece();
    void emptyTexts();
    void longTextWithFewChanges();
    void longTextRewritten();
};

namespace {

QString rebuild(const QList<Piece> &pieces, Kind skip)
{
    QString out;
    for (const Piece &p : pieces) {
        if (p.kind != skip)
            out += p.text;
    }
    return out;
}

QString words(int count, const QString &stem)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(stem + QString::number(i) + (i % 12 == 11 ? QStringLiteral(".\n") : QString()));
    return out.join(u' ');
}

} // namespace

void TestWordDiff::plain_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");

    QTest::newRow("both empty") << QString() << QString() << QString();
    QTest::newRow("from empty") << QString() << QStringLiteral("New text.")
                                << QStringLiteral("{+New text.+}");
    QTest::newRow("to empty") << QStringLiteral("Old text.") << QString()
                              << QStringLiteral("[-Old text.-]");
    QTest::newRow("identical") << QStringLiteral("Same words here.")
                               << QStringLiteral("Same words here.")
                               << QStringLiteral("Same words here.");
    QTest::newRow("insert") << QStringLiteral("We are investigating.")
                            << QStringLiteral("We are actively investigating.")
                            << QStringLiteral("We are {+actively +}investigating.");
    QTest::newRow("delete") << QStringLiteral("Some customers may see errors.")
                            << QStringLiteral("Some customers see errors.")
                            << QStringLiteral("Some customers [-may -]see errors.");
    QTest::newRow("replace one word")
        << QStringLiteral("Status: investigating the cause.")
        << QStringLiteral("Status: identified the cause.")
        << QStringLiteral("Status: [-investigating-]{+identified+} the cause.");
    QTest::newRow("replace words joined over spaces")
        << QStringLiteral("The quick brown fox.") << QStringLiteral("The slow red fox.")
        << QStringLiteral("The [-quick brown-]{+slow red+} fox.");
    QTest::newRow("punctuation only")
        << QStringLiteral("Fixed. Thanks") << QStringLiteral("Fixed! Thanks")
        << QStringLiteral("Fixed[-.-]{+!+} Thanks");
    QTest::newRow("word keeps its comma")
        << QStringLiteral("Acme, Globex and Initech")
        << QStringLiteral("Acme, Umbrella and Initech")
        << QStringLiteral("Acme, [-Globex-]{+Umbrella+} and Initech");
    QTest::newRow("newline kept") << QStringLiteral("Line one.\nLine two.")
                                  << QStringLiteral("Line one.\n\nLine three.")
                                  << QStringLiteral("Line one.\n{+\n+}Line [-two-]{+three+}.");
    QTest::newRow("numbers and times")
        << QStringLiteral("Since 14:05 UTC about 8% of tasks")
        << QStringLiteral("Since 14:05 UTC about 12% of tasks")
        << QStringLiteral("Since 14:05 UTC about [-8-]{+12+}% of tasks");
}

void TestWordDiff::plain()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(WordDiff::plainText(WordDiff::diff(before, after)), expected);
}

void TestWordDiff::piecesRebuildBothTexts_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("reordered") << QStringLiteral("a b c d e") << QStringLiteral("e d c b a");
    QTest::newRow("whitespace changes")
        << QStringLiteral("a  b\tc\n\nd") << QStringLiteral("a b\nc d  ");
    QTest::newRow("unicode") << QStringLiteral("Störung behoben — danke. 已修复")
                             << QStringLiteral("Störung teilweise behoben — danke! 已修复。");
    QTest::newRow("emoji") << QStringLiteral("ok \U0001F600 done") << QStringLiteral("ok done");
}

void TestWordDiff::piecesRebuildBothTexts()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QList<Piece> pieces = WordDiff::diff(before, after);
    QCOMPARE(rebuild(pieces, Kind::Added), before);
    QCOMPARE(rebuild(pieces, Kind::Removed), after);
    for (qsizetype i = 1; i < pieces.size(); ++i)
        QVERIFY2(pieces[i].kind != pieces[i - 1].kind, "neighbouring pieces of one kind");
}

void TestWordDiff::tokens()
{
    QCOMPARE(WordDiff::tokens(QStringLiteral("Hi, you  two.\n")),
             (QStringList{QStringLiteral("Hi"), QStringLiteral(","), QStringLiteral(" "),
                          QStringLiteral("you"), QStringLiteral("  "), QStringLiteral("two"),
                          QStringLiteral("."), QStringLiteral("\n")}));
    QCOMPARE(WordDiff::tokens(QStringLiteral("...")),
             (QStringList{QStringLiteral("."), QStringLiteral("."), QStringLiteral(".")}));
    QCOMPARE(WordDiff::tokens(QStringLiteral("a\n\n b")),
             (QStringList{QStringLiteral("a"), QStringLiteral("\n"), QStringLiteral("\n"),
                          QStringLiteral(" "), QStringLiteral("b")}));
    QVERIFY(WordDiff::tokens(QString()).isEmpty());
}

void TestWordDiff::identicalIsOneSamePiece()
{
    const QString text = words(300, QStringLiteral("w"));
    const QList<Piece> pieces = WordDiff::diff(text, text);
    QCOMPARE(pieces.size(), 1);
    QCOMPARE(pieces.first(), (Piece{Kind::Same, text}));
}

void TestWordDiff::emptyTexts()
{
    QVERIFY(WordDiff::diff(QString(), QString()).isEmpty());
    QCOMPARE(WordDiff::diff(QString(), QStringLiteral("x")),
             (QList<Piece>{{Kind::Added, QStringLiteral("x")}}));
    QCOMPARE(WordDiff::diff(QStringLiteral("x"), QString()),
             (QList<Piece>{{Kind::Removed, QStringLiteral("x")}}));
}

void TestWordDiff::longTextWithFewChanges()
{
    // 5,000 words with a word changed near the start, one in the middle and one near the end:
    // the common start and end are trimmed, the middle is a 5,000-by-5,000-piece table at most.
    const QString before = words(5000, QStringLiteral("word"));
    QString after = before;
    after.replace(QStringLiteral(" word10 "), QStringLiteral(" changed10 "));
    after.replace(QStringLiteral(" word2500 "), QStringLiteral(" changed2500 "));
    after.replace(QStringLiteral(" word4990 "), QStringLiteral(" changed4990 "));
    const QList<Piece> pieces = WordDiff::diff(before, after);
    QCOMPARE(rebuild(pieces, Kind::Added), before);
    QCOMPARE(rebuild(pieces, Kind::Removed), after);
    QCOMPARE(std::count_if(pieces.cbegin(), pieces.cend(),
                           [](const Piece &p) { return p.kind == Kind::Removed; }),
             3);

    // A paragraph of 300 words rewritten in the middle as well.
    const QString rewritten = words(300, QStringLiteral("new"));
    after.replace(words(300, QStringLiteral("word")).section(u' ', 100, 299),
                  rewritten.section(u' ', 100, 299));
    const QList<Piece> more = WordDiff::diff(before, after);
    QCOMPARE(rebuild(more, Kind::Added), before);
    QCOMPARE(rebuild(more, Kind::Removed), after);
}

void TestWordDiff::longTextRewritten()
{
    // Every word different, nothing to anchor on: the full table (1,500 by 1,500 words and the
    // spaces between them).
    const QString before = words(1500, QStringLiteral("old"));
    const QString after = words(1500, QStringLiteral("new"));
    const QList<Piece> pieces = WordDiff::diff(before, after);
    QCOMPARE(rebuild(pieces, Kind::Added), before);
    QCOMPARE(rebuild(pieces, Kind::Removed), after);
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
