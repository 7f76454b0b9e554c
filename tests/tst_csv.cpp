#include "core/io/csv.h"
#include "core/io/utf8.h"

#include <QRandomGenerator>
#include <QTest>

using namespace warroom;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void wrongFieldCountIsReportedAndReadingGoesOn();
    void recordLinesCountEmbeddedLineBreaks();
    void utf8Validation_data();
    void utf8Validation();
    void utf8ValidatorAgreesWithQtOnRandomBytes();
    void roundTripsRandomTables();
    void randomBytesNeverCrash();
    void describesProblems();
};

using Rows = QList<QStringList>;

void TestCsv::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");

    const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << ab
                              << Rows{{QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << ab
                          << Rows{{QStringLiteral("1"), QStringLiteral("2")},
                                  {QStringLiteral("3"), QStringLiteral("4")}};
    QTest::newRow("no final line break")
        << QByteArray("a,b\n1,2") << ab << Rows{{QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"x, y\",2\n") << ab
                                  << Rows{{QStringLiteral("x, y"), QStringLiteral("2")}};
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << ab
                                    << Rows{{QStringLiteral("say \"hi\""), QStringLiteral("\"")}};
    QTest::newRow("embedded LF") << QByteArray("a,b\n\"line1\nline2\",2\n") << ab
                                 << Rows{{QStringLiteral("line1\nline2"), QStringLiteral("2")}};
    QTest::newRow("embedded CRLF becomes LF")
        << QByteArray("a,b\r\n\"line1\r\nline2\",2\r\n") << ab
        << Rows{{QStringLiteral("line1\nline2"), QStringLiteral("2")}};
    QTest::newRow("empty fields") << QByteArray("a,b\n,\n1,\n,2\n") << ab
                                  << Rows{{QString(), QString()},
                                          {QStringLiteral("1"), QString()},
                                          {QString(), QStringLiteral("2")}};
    QTest::newRow("quoted empty field is a record")
        << QByteArray("a\n\"\"\n") << QStringList{QStringLiteral("a")} << Rows{{QString()}};
    QTest::newRow("blank lines skipped") << QByteArray("\na,b\n\n1,2\n   \n\r\n") << ab
                                         << Rows{{QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                             "a,b\n1,2\n")
                               << ab << Rows{{QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("UTF-8 text")
        << QByteArray("a,b\nChlo\xC3\xA9,\xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x93\x9E\n") << ab
        << Rows{{QStringLiteral("Chloé"), QString::fromUtf8("東京 📞")}};
    QTest::newRow("spaces around quoted field")
        << QByteArray("a,b\n  \"x,y\"  ,2\n") << ab
        << Rows{{QStringLiteral("x,y"), QStringLiteral("2")}};
    QTest::newRow("header trimmed")
        << QByteArray(" a , b \n1,2\n") << ab << Rows{{QStringLiteral("1"), QStringLiteral("2")}};
}

void TestCsv::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    const csv::ReadResult result = csv::read(bytes);
    QVERIFY2(result.problems.isEmpty(), qPrintable(csv::describeAll(result.problems)));
    QCOMPARE(result.table.header, header);
    Rows got;
    for (const CsvRecord &r : result.table.records)
        got.append(r.fields);
    QCOMPARE(got, rows);
}

void TestCsv::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");

    QTest::newRow("empty file") << QByteArray() << 0 << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << 0 << QStringLiteral("empty");
    QTest::newRow("UTF-16 LE BOM") << QByteArray("\xFF\xFE"
                                                 "a\0,\0b\0",
                                                 8)
                                   << 0 << QStringLiteral("UTF-16");
    QTest::newRow("UTF-16 BE BOM")
        << QByteArray("\xFE\xFF\0a\0,\0b", 8) << 0 << QStringLiteral("UTF-16");
    QTest::newRow("UTF-32 LE BOM")
        << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << 0 << QStringLiteral("UTF-32");
    QTest::newRow("UTF-32 BE BOM")
        << QByteArray("\0\0\xFE\xFF\0\0\0a", 8) << 0 << QStringLiteral("UTF-32");
    QTest::newRow("UTF-16 without BOM")
        << QByteArray("a\0,\0b\0\n\0", 8) << 1 << QStringLiteral("NUL");
    QTest::newRow("Latin-1 on line 3")
        << QByteArray("a,b\n1,2\nChlo\xE9,3\n") << 3 << QStringLiteral("not valid UTF-8");
    QTest::newRow("overlong slash")
        << QByteArray("a\n\xC0\xAF\n") << 2 << QStringLiteral("not valid UTF-8");
    QTest::newRow("surrogate") << QByteArray("a\n\xED\xA0\x80\n") << 2
                               << QStringLiteral("not valid UTF-8");
    QTest::newRow("truncated sequence at end")
        << QByteArray("a\n\xE2\x82") << 2 << QStringLiteral("not valid UTF-8");
    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << 3 << QStringLiteral("never closed");
    QTest::newRow("quote inside unquoted field")
        << QByteArray("a,b\n1,2\n5\" screen,3\n") << 3 << QStringLiteral("unquoted field");
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"x\"y,2\n") << 2 << QStringLiteral("after the closing quote");
    QTest::newRow("text after closing quote of multi-line field")
        << QByteArray("a,b\n\"x\ny\"z,2\n") << 3 << QStringLiteral("after the closing quote");
}

void TestCsv::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, says);
    const csv::ReadResult result = csv::read(bytes);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, line);
    QVERIFY2(result.problems.first().message.contains(says),
             qPrintable(result.problems.first().message));
    QVERIFY(result.table.records.isEmpty());
}

void TestCsv::wrongFieldCountIsReportedAndReadingGoesOn()
{
    const csv::ReadResult result = csv::read("a,b,c\n1,2,3\n1,2\n1,2,3,4\n7,8,9\n");
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems.at(0).line, 3);
    QVERIFY(result.problems.at(0).message.contains(QStringLiteral("2 fields")));
    QCOMPARE(result.problems.at(1).line, 4);
    QCOMPARE(result.table.records.size(), 2);
    QCOMPARE(result.table.records.at(1).line, 5);
}

void TestCsv::recordLinesCountEmbeddedLineBreaks()
{
    const csv::ReadResult result =
        csv::read("\r\na,b\r\n\"1\r\n1\r\n1\",2\r\n\r\n3,4\r\n5,\"x\ny\"\n6,7");
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.table.headerLine, 2);
    QList<int> lines;
    for (const CsvRecord &r : result.table.records)
        lines.append(r.line);
    QCOMPARE(lines, (QList<int>{3, 7, 8, 10}));
}

void TestCsv::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("invalidAt");
    QTest::newRow("ascii") << QByteArray("plain") << -1;
    QTest::newRow("2-byte") << QByteArray("\xC3\xA9") << -1;
    QTest::newRow("3-byte") << QByteArray("\xE2\x82\xAC") << -1;
    QTest::newRow("4-byte max") << QByteArray("\xF4\x8F\xBF\xBF") << -1;
    QTest::newRow("above U+10FFFF") << QByteArray("ok\xF4\x90\x80\x80") << 2;
    QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << 0;
    QTest::newRow("overlong 4-byte") << QByteArray("\xF0\x80\x80\xAF") << 0;
    QTest::newRow("lone continuation") << QByteArray("a\x80") << 1;
    QTest::newRow("5-byte lead") << QByteArray("\xF8\x88\x80\x80\x80") << 0;
    QTest::newRow("FE") << QByteArray("\xFE") << 0;
    QTest::newRow("missing continuation") << QByteArray("\xC3"
                                                        "a")
                                          << 0;
    QTest::newRow("high surrogate") << QByteArray("x\xED\xA0\x80") << 1;
    QTest::newRow("low surrogate") << QByteArray("\xED\xBF\xBF") << 0;
    QTest::newRow("just below surrogates") << QByteArray("\xED\x9F\xBF") << -1;
}

void TestCsv::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, invalidAt);
    QCOMPARE(firstInvalidUtf8(bytes).value_or(-1), qsizetype(invalidAt));
}

// Qt's decoder replaces every invalid sequence, so bytes are valid exactly when decoding and
// encoding again gives them back: an independent oracle for the validator.
void TestCsv::utf8ValidatorAgreesWithQtOnRandomBytes()
{
    QRandomGenerator random(4711);
    static const char pool[] = {'\x00', 'a',    '\x7F', '\x80', '\xBF', '\xC0', '\xC2',
                                '\xDF', '\xE0', '\xED', '\xEF', '\xF0', '\xF4', '\xF5',
                                '\xFF', '\xA0', '\x9F', '\x8F', '\x90'};
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes;
        const int length = random.bounded(1, 9);
        for (int i = 0; i < length; ++i)
            bytes.append(pool[random.bounded(int(sizeof(pool)))]);
        const bool valid = QString::fromUtf8(bytes).toUtf8() == bytes;
        QVERIFY2(!firstInvalidUtf8(bytes).has_value() == valid, bytes.toHex().constData());
    }
}

static QByteArray quoted(const QString &field)
{
    QString out = field;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return (u'"' + out + u'"').toUtf8();
}

// A writer independent of the reader quotes fields at random (always when it must); reading
// its output must give the table back.
void TestCsv::roundTripsRandomTables()
{
    QRandomGenerator random(1234);
    const QStringList pieces{QStringLiteral("a"),  QStringLiteral(","),   QStringLiteral("\""),
                             QStringLiteral("\n"), QStringLiteral(" "),   QStringLiteral("é"),
                             QStringLiteral("📞"),  QStringLiteral("x y"), QStringLiteral("\t"),
                             QStringLiteral("''"), QStringLiteral("0")};
    for (int round = 0; round < 500; ++round) {
        const int columns = random.bounded(1, 5);
        const int rows = random.bounded(1, 6);
        const bool crlf = random.bounded(2) == 1;
        Rows table;
        QByteArray bytes = random.bounded(2) ? QByteArray("\xEF\xBB\xBF") : QByteArray();
        for (int r = 0; r <= rows; ++r) {
            QStringList row;
            QByteArrayList encoded;
            for (int c = 0; c < columns; ++c) {
                QString field;
                if (r == 0) {
                    field = QStringLiteral("col%1").arg(c);
                } else {
                    for (int k = random.bounded(0, 5); k > 0; --k)
                        field += pieces.at(random.bounded(int(pieces.size())));
                }
                const bool mustQuote = field.contains(u',') || field.contains(u'"') ||
                                       field.contains(u'\n') || field.trimmed() != field ||
                                       (columns == 1 && field.isEmpty());
                encoded.append(mustQuote || random.bounded(4) == 0 ? quoted(field)
                                                                   : field.toUtf8());
                row.append(field);
            }
            if (r > 0)
                table.append(row);
            bytes += encoded.join(',');
            if (r < rows || random.bounded(2))
                bytes += crlf ? "\r\n" : "\n";
        }
        const csv::ReadResult result = csv::read(bytes);
        QVERIFY2(result.problems.isEmpty(),
                 qPrintable(csv::describeAll(result.problems) + u'\n' + QString::fromUtf8(bytes)));
        Rows got;
        for (const CsvRecord &rec : result.table.records)
            got.append(rec.fields);
        QCOMPARE(got, table);
    }
}

void TestCsv::randomBytesNeverCrash()
{
    QRandomGenerator random(99);
    static const char pool[] = {'a', ',', '"', '\n', '\r', ' ', '\xC3', '\xA9', '\0', '\xFF'};
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes;
        for (int i = random.bounded(0, 24); i > 0; --i)
            bytes.append(pool[random.bounded(int(sizeof(pool)))]);
        const csv::ReadResult result = csv::read(bytes);
        for (const CsvRecord &r : result.table.records) {
            QCOMPARE(r.fields.size(), result.table.header.size());
            QVERIFY(r.line > result.table.headerLine);
        }
        for (const CsvProblem &p : result.problems)
            QVERIFY(p.line >= 0 && !p.message.isEmpty());
    }
}

void TestCsv::describesProblems()
{
    QCOMPARE(csv::describe({4, QStringLiteral("phone"), QStringLiteral("bad")}),
             QStringLiteral("line 4, column phone: bad"));
    QCOMPARE(csv::describe({4, {}, QStringLiteral("bad")}), QStringLiteral("line 4: bad"));
    QCOMPARE(csv::describe({0, {}, QStringLiteral("bad")}), QStringLiteral("bad"));
    QList<CsvProblem> many;
    for (int i = 1; i <= 5; ++i)
        many.append({i, {}, QStringLiteral("p")});
    const QString text = csv::describeAll(many, 3);
    QCOMPARE(text.count(u'\n'), 3);
    QVERIFY(text.endsWith(QStringLiteral("... and 2 more problems.")));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
