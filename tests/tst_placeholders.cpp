#include "comms/text/renderer.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace warroom;

using Kind = PlaceholderProblem::Kind;
Q_DECLARE_METATYPE(PlaceholderProblem::Kind)

class TestPlaceholders : public QObject
{
    Q_OBJECT

private slots:
    void scan_data();
    void scan();
    void problems_data();
    void problems();
    void render_data();
    void render();
    void sourceOffsets();
    void valuesFromIncident();
    void restoredAndCommander();
    void catalogNamesAreValidAndUnique();
    void closestKnown();
};

void TestPlaceholders::scan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<qsizetype>>("starts");

    QTest::newRow("none") << QStringLiteral("Plain text with {single} braces.") << QStringList{}
                          << QList<qsizetype>{};
    QTest::newRow("one") << QStringLiteral("At {{detected_time_utc}} UTC")
                         << QStringList{QStringLiteral("detected_time_utc")} << QList<qsizetype>{3};
    QTest::newRow("spaces inside")
        << QStringLiteral("{{ task_type }} tasks") << QStringList{QStringLiteral("task_type")}
        << QList<qsizetype>{0};
    QTest::newRow("adjacent") << QStringLiteral("{{a}}{{b_2}}")
                              << QStringList{QStringLiteral("a"), QStringLiteral("b_2")}
                              << QList<qsizetype>{0, 5};
    QTest::newRow("unknown names are still tokens")
        << QStringLiteral("x {{no_such_thing}}") << QStringList{QStringLiteral("no_such_thing")}
        << QList<qsizetype>{2};
    QTest::newRow("on several lines")
        << QStringLiteral("{{a}}\n{{b}}") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
        << QList<qsizetype>{0, 6};
}

void TestPlaceholders::scan()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QList<qsizetype>, starts);
    const PlaceholderScan scan = scanPlaceholders(text);
    QVERIFY(scan.problems.isEmpty());
    QCOMPARE(scan.tokens.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(scan.tokens.at(i).name, names.at(i));
        QCOMPARE(scan.tokens.at(i).start, starts.at(i));
        QCOMPARE(text.mid(scan.tokens.at(i).start, 2), QStringLiteral("{{"));
        QCOMPARE(text.mid(scan.tokens.at(i).end - 2, 2), QStringLiteral("}}"));
    }
}

void TestPlaceholders::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PlaceholderProblem::Kind>("kind");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QStringList>("tokensAfter"); // well-formed placeholders still found

    QTest::newRow("empty") << QStringLiteral("a {{}} b") << Kind::Empty << qsizetype(2)
                           << qsizetype(6) << QStringList{};
    QTest::newRow("only spaces") << QStringLiteral("{{   }}") << Kind::Empty << qsizetype(0)
                                 << qsizetype(7) << QStringList{};
    QTest::newRow("unclosed to end of text")
        << QStringLiteral("Scope: {{affected_users_pct") << Kind::Unclosed << qsizetype(7)
        << qsizetype(27) << QStringList{};
    QTest::newRow("unclosed stops at the line end")
        << QStringLiteral("{{root_cause\nnext {{task_type}}") << Kind::Unclosed << qsizetype(0)
        << qsizetype(12) << QStringList{QStringLiteral("task_type")};
    QTest::newRow("single closing brace") << QStringLiteral("{{task_type} tasks") << Kind::Unclosed
                                          << qsizetype(0) << qsizetype(18) << QStringList{};
    QTest::newRow("nested") << QStringLiteral("x {{a {{b}} c}} y {{task_type}}") << Kind::Nested
                            << qsizetype(2) << qsizetype(15)
                            << QStringList{QStringLiteral("task_type")};
    QTest::newRow("nested, never balanced") << QStringLiteral("{{a {{b}}") << Kind::Nested
                                            << qsizetype(0) << qsizetype(9) << QStringList{};
    QTest::newRow("triple braces") << QStringLiteral("{{{task_type}}}") << Kind::InvalidName
                                   << qsizetype(0) << qsizetype(14) << QStringList{};
    QTest::newRow("space in name") << QStringLiteral("{{task type}}") << Kind::InvalidName
                                   << qsizetype(0) << qsizetype(13) << QStringList{};
    QTest::newRow("upper case") << QStringLiteral("{{Task_Type}}") << Kind::InvalidName
                                << qsizetype(0) << qsizetype(13) << QStringList{};
    QTest::newRow("dash") << QStringLiteral("{{task-type}}") << Kind::InvalidName << qsizetype(0)
                          << qsizetype(13) << QStringList{};
    QTest::newRow("starts with digit") << QStringLiteral("{{1st}}") << Kind::InvalidName
                                       << qsizetype(0) << qsizetype(7) << QStringList{};
    QTest::newRow("stray close") << QStringLiteral("done }} {{task_type}}") << Kind::StrayClose
                                 << qsizetype(5) << qsizetype(7)
                                 << QStringList{QStringLiteral("task_type")};
    QTest::newRow("name too long")
        << QStringLiteral("{{%1}}").arg(QString(65, QLatin1Char('a'))) << Kind::InvalidName
        << qsizetype(0) << qsizetype(69) << QStringList{};
}

void TestPlaceholders::problems()
{
    QFETCH(QString, text);
    QFETCH(PlaceholderProblem::Kind, kind);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(QStringList, tokensAfter);
    const PlaceholderScan scan = scanPlaceholders(text);
    QCOMPARE(scan.problems.size(), 1);
    const PlaceholderProblem &p = scan.problems.constFirst();
    QCOMPARE(p.kind, kind);
    QCOMPARE(p.start, start);
    QCOMPARE(p.end, end);
    QVERIFY2(p.message.contains(QString::number(start)),
             qPrintable(p.message)); // the offset is named
    QStringList names;
    for (const PlaceholderToken &t : scan.tokens)
        names.append(t.name);
    QCOMPARE(names, tokensAfter);
}

void TestPlaceholders::render_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unfilled");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<int>("problems");

    QTest::newRow("all filled") << QStringLiteral("At UTC {{detected_time_utc}} on {{task_type}}.")
                                << QStringLiteral("At UTC 02:50 on email drafting.")
                                << QStringList{} << QStringList{} << 0;
    QTest::newRow("spaces inside")
        << QStringLiteral("{{ task_type }}") << QStringLiteral("email drafting") << QStringList{}
        << QStringList{} << 0;
    QTest::newRow("manual ones stay")
        << QStringLiteral("Cause: {{root_cause}}. Scope {{affected_users_pct}}%")
        << QStringLiteral("Cause: {{root_cause}}. Scope 8%")
        << QStringList{QStringLiteral("root_cause")} << QStringList{} << 0;
    QTest::newRow("unknown stays")
        << QStringLiteral("{{task_tpye}} x") << QStringLiteral("{{task_tpye}} x") << QStringList{}
        << QStringList{QStringLiteral("task_tpye")} << 0;
    QTest::newRow("empty value is unfilled")
        << QStringLiteral("[{{incident_commander}}]") << QStringLiteral("[{{incident_commander}}]")
        << QStringList{QStringLiteral("incident_commander")} << QStringList{} << 0;
    QTest::newRow("malformed kept verbatim")
        << QStringLiteral("{{task_type} and {{severity}}")
        << QStringLiteral("{{task_type} and {{severity}}") << QStringList{} << QStringList{} << 1;
    QTest::newRow("malformed then good line")
        << QStringLiteral("{{ }}\n{{severity}}") << QStringLiteral("{{ }}\nSEV2") << QStringList{}
        << QStringList{} << 1;
    QTest::newRow("value containing braces is not re-scanned")
        << QStringLiteral("{{incident_title}}") << QStringLiteral("Drop {{x}}") << QStringList{}
        << QStringList{} << 0;
}

void TestPlaceholders::render()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QFETCH(QStringList, unfilled);
    QFETCH(QStringList, unknown);
    QFETCH(int, problems);
    const PlaceholderValues values{
        {QStringLiteral("detected_time_utc"), QStringLiteral("02:50")},
        {QStringLiteral("task_type"), QStringLiteral("email drafting")},
        {QStringLiteral("affected_users_pct"), QStringLiteral("8")},
        {QStringLiteral("severity"), QStringLiteral("SEV2")},
        {QStringLiteral("incident_commander"), QString()},
        {QStringLiteral("incident_title"), QStringLiteral("Drop {{x}}")},
        {QStringLiteral("task_tpye"), QStringLiteral("never used: unknown name")}};
    const RenderResult r = warroom::render(source, values);
    QCOMPARE(r.text, expected);
    QStringList names;
    for (const PlaceholderToken &t : r.unfilled)
        names.append(t.name);
    QCOMPARE(names, unfilled);
    names.clear();
    for (const PlaceholderToken &t : r.unknown)
        names.append(t.name);
    QCOMPARE(names, unknown);
    QCOMPARE(r.problems.size(), problems);
    QCOMPARE(r.complete(), unfilled.isEmpty() && unknown.isEmpty() && problems == 0);
}

void TestPlaceholders::sourceOffsets()
{
    const QString source = QStringLiteral("ab {{task_type}} cd {{severity}} ef");
    const RenderResult r =
        warroom::render(source, {{QStringLiteral("task_type"), QStringLiteral("email drafting")},
                                 {QStringLiteral("severity"), QStringLiteral("SEV2")}});
    QCOMPARE(r.text, QStringLiteral("ab email drafting cd SEV2 ef"));
    // Text before, between and after the values maps one to one.
    QCOMPARE(r.toSource(0), qsizetype(0));
    QCOMPARE(r.toSource(3), qsizetype(3)); // start of the first value = start of its placeholder
    QCOMPARE(r.text.mid(18, 2), QStringLiteral("cd"));
    QCOMPARE(source.mid(r.toSource(18), 2), QStringLiteral("cd"));
    QCOMPARE(source.mid(r.toSource(26), 2), QStringLiteral("ef"));
    // Inside a value: the whole placeholder.
    QCOMPARE(r.toSource(8), qsizetype(3));
    QCOMPARE(r.toSource(8, true), qsizetype(16));
    // A span ending right after a value ends after the placeholder.
    QCOMPARE(r.toSource(17, true), qsizetype(16));
    // A span ending right before a value ends before the placeholder.
    QCOMPARE(r.toSource(3, true), qsizetype(3));
}

void TestPlaceholders::valuesFromIncident()
{
    Incident incident;
    incident.id = 42;
    incident.fields = test::validFields();
    incident.fields.affectedUsersPct = 12.5;
    incident.declaredAt = test::testStart();
    incident.status = IncidentStatus::Identified;
    incident.statusHistory = {{IncidentStatus::Investigating, IncidentStatus::Investigating,
                               test::testStart(), QStringLiteral("ana")},
                              {IncidentStatus::Investigating, IncidentStatus::Identified,
                               test::testStart().addSecs(900), QStringLiteral("ana")}};
    const QDateTime now = QDateTime(QDate(2026, 11, 29), QTime(23, 45), Qt::UTC);
    const PlaceholderValues v = placeholderValues(incident, {}, now);
    QCOMPARE(v.value(QStringLiteral("incident_id")), QStringLiteral("42"));
    QCOMPARE(v.value(QStringLiteral("task_type")), QStringLiteral("email drafting"));
    QCOMPARE(v.value(QStringLiteral("affected_users_pct")), QStringLiteral("12.5"));
    QCOMPARE(v.value(QStringLiteral("enterprise_affected")), QStringLiteral("2"));
    QCOMPARE(v.value(QStringLiteral("severity")), QStringLiteral("SEV2"));
    QCOMPARE(v.value(QStringLiteral("detected_at_utc")), QStringLiteral("2026-11-29 02:50 UTC"));
    QCOMPARE(v.value(QStringLiteral("detected_time_utc")), QStringLiteral("02:50"));
    QCOMPARE(v.value(QStringLiteral("detected_date_utc")), QStringLiteral("2026-11-29"));
    QCOMPARE(v.value(QStringLiteral("declared_at_utc")), QStringLiteral("2026-11-29 03:00 UTC"));
    QCOMPARE(v.value(QStringLiteral("current_status")),
             QStringLiteral("root cause identified, fix in progress"));
    QCOMPARE(v.value(QStringLiteral("now_utc")), QStringLiteral("23:45 UTC"));
    QCOMPARE(v.value(QStringLiteral("next_update_utc")),
             QStringLiteral("00:15 UTC")); // past midnight, still UTC
    QCOMPARE(
        v.value(QStringLiteral("status_timeline_utc")),
        QStringLiteral("- 02:50 UTC Detected\n- 03:00 UTC Investigating\n- 03:15 UTC Identified"));
    QVERIFY(!v.contains(QStringLiteral("restored_at_utc")));
    QVERIFY(!v.contains(QStringLiteral("incident_commander")));
    QVERIFY(!v.contains(QStringLiteral("root_cause"))); // written by people, never guessed
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        QVERIFY2(placeholders::isKnown(it.key()), qPrintable(it.key()));

    // A local-time detection renders in UTC all the same.
    incident.fields.detectedAt = QDateTime(QDate(2026, 11, 29), QTime(4, 50), QTimeZone(3600));
    QCOMPARE(placeholderValues(incident, {}, now).value(QStringLiteral("detected_time_utc")),
             QStringLiteral("03:50"));
}

void TestPlaceholders::restoredAndCommander()
{
    Incident incident;
    incident.fields = test::validFields();
    incident.status = IncidentStatus::Restored;
    const QDateTime t0 = test::testStart();
    incident.statusHistory = {
        {IncidentStatus::Investigating, IncidentStatus::Investigating, t0, QStringLiteral("a")},
        {IncidentStatus::Investigating, IncidentStatus::Restored, t0.addSecs(600),
         QStringLiteral("a")},
        {IncidentStatus::Restored, IncidentStatus::Investigating, t0.addSecs(1200),
         QStringLiteral("a")},
        {IncidentStatus::Investigating, IncidentStatus::Restored, t0.addSecs(3600),
         QStringLiteral("a")}};
    RoleAssignment ic;
    ic.role = Role::IncidentCommander;
    ic.person = QStringLiteral("Ines");
    RoleAssignment legal;
    legal.role = Role::Legal;
    legal.person = QStringLiteral("Lea");
    const PlaceholderValues v = placeholderValues(incident, {legal, ic}, t0);
    QCOMPARE(v.value(QStringLiteral("restored_at_utc")),
             QStringLiteral("2026-11-29 04:00 UTC")); // the latest recovery
    QCOMPARE(v.value(QStringLiteral("incident_commander")), QStringLiteral("Ines"));
    QCOMPARE(v.value(QStringLiteral("current_status")), QStringLiteral("restored"));
}

void TestPlaceholders::catalogNamesAreValidAndUnique()
{
    QStringList names;
    for (const PlaceholderInfo &info : placeholders::catalog()) {
        QVERIFY2(placeholders::isValidName(info.name), qPrintable(info.name));
        QVERIFY2(!names.contains(info.name), qPrintable(info.name));
        QVERIFY(!info.description.isEmpty());
        names.append(info.name);
    }
    QVERIFY(names.contains(QStringLiteral("task_type")));
    QVERIFY(names.contains(QStringLiteral("team_signature")));
}

void TestPlaceholders::closestKnown()
{
    QCOMPARE(placeholders::closestKnown(QStringLiteral("task_tpye")), QStringLiteral("task_type"));
    QCOMPARE(placeholders::closestKnown(QStringLiteral("Task Type")), QStringLiteral("task_type"));
    QCOMPARE(placeholders::closestKnown(QStringLiteral("root-cause")),
             QStringLiteral("root_cause"));
    QCOMPARE(placeholders::closestKnown(QStringLiteral("restored_at")),
             QStringLiteral("restored_at_utc"));
    QCOMPARE(placeholders::closestKnown(QStringLiteral("something_else_entirely")), QString());
    QCOMPARE(placeholders::closestKnown(QStringLiteral("now")),
             QString()); // too short to guess from
}

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "tst_placeholders.moc"
