#include "core/base/utctime.h"
#include "core/incident/incidentjson.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace warroom;

class TestIncidentJson : public QObject
{
    Q_OBJECT

private slots:
    void incidentKeysAndValues();
    void statusHistory();
    void eventShape_data();
    void eventShape();
    void incidentWithTimeline();
    void survivesJsonRoundTrip();

private:
    static Incident sampleIncident();
};

Incident TestIncidentJson::sampleIncident()
{
    Incident incident;
    incident.id = 42;
    incident.fields = test::validFields();
    incident.fields.affectedUsersPct = 12.5;
    incident.status = IncidentStatus::Identified;
    incident.declaredAt = test::testStart();
    incident.declaredBy = QStringLiteral("alice");
    incident.updatedAt = test::testStart().addSecs(900);
    incident.statusHistory = {
        {IncidentStatus::Investigating, IncidentStatus::Investigating, test::testStart(),
         QStringLiteral("alice")},
        {IncidentStatus::Investigating, IncidentStatus::Identified, test::testStart().addSecs(900),
         QStringLiteral("bob")},
    };
    return incident;
}

void TestIncidentJson::incidentKeysAndValues()
{
    const QJsonObject json = incidentjson::incident(sampleIncident());

    QStringList expectedKeys{QStringLiteral("id"),
                             QStringLiteral("title"),
                             QStringLiteral("category"),
                             QStringLiteral("category_name"),
                             QStringLiteral("severity"),
                             QStringLiteral("task_type"),
                             QStringLiteral("affected_users_pct"),
                             QStringLiteral("enterprise_affected"),
                             QStringLiteral("detected_at"),
                             QStringLiteral("status"),
                             QStringLiteral("declared_at"),
                             QStringLiteral("declared_by"),
                             QStringLiteral("updated_at"),
                             QStringLiteral("status_history")};
    QStringList keys = json.keys();
    keys.sort();
    expectedKeys.sort();
    QCOMPARE(keys, expectedKeys); // list --json carries no timeline

    QCOMPARE(json.value(QLatin1String("id")).toInteger(), 42);
    QCOMPARE(json.value(QLatin1String("title")).toString(), test::validFields().title);
    QCOMPARE(json.value(QLatin1String("category")).toString(), QStringLiteral("behavior-anomaly"));
    QCOMPARE(json.value(QLatin1String("category_name")).toString(),
             category::displayName(Category::BehaviorAnomaly));
    QCOMPARE(json.value(QLatin1String("severity")).toString(), QStringLiteral("SEV2"));
    QCOMPARE(json.value(QLatin1String("task_type")).toString(), QStringLiteral("email drafting"));
    QCOMPARE(json.value(QLatin1String("affected_users_pct")).toDouble(), 12.5);
    QCOMPARE(json.value(QLatin1String("enterprise_affected")).toInt(-1), 2);
    QCOMPARE(json.value(QLatin1String("detected_at")).toString(),
             QStringLiteral("2026-11-29T02:50:00.000Z"));
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("identified"));
    QCOMPARE(json.value(QLatin1String("declared_at")).toString(),
             QStringLiteral("2026-11-29T03:00:00.000Z"));
    QCOMPARE(json.value(QLatin1String("declared_by")).toString(), QStringLiteral("alice"));
    QCOMPARE(json.value(QLatin1String("updated_at")).toString(),
             QStringLiteral("2026-11-29T03:15:00.000Z"));
}

void TestIncidentJson::statusHistory()
{
    const QJsonArray history =
        incidentjson::incident(sampleIncident()).value(QLatin1String("status_history")).toArray();
    QCOMPARE(history.size(), 2);

    const QJsonObject declared = history.at(0).toObject();
    QVERIFY(declared.value(QLatin1String("from")).isNull()); // a declaration has no previous status
    QCOMPARE(declared.value(QLatin1String("to")).toString(), QStringLiteral("investigating"));
    QCOMPARE(declared.value(QLatin1String("at")).toString(),
             QStringLiteral("2026-11-29T03:00:00.000Z"));
    QCOMPARE(declared.value(QLatin1String("author")).toString(), QStringLiteral("alice"));

    const QJsonObject moved = history.at(1).toObject();
    QCOMPARE(moved.value(QLatin1String("from")).toString(), QStringLiteral("investigating"));
    QCOMPARE(moved.value(QLatin1String("to")).toString(), QStringLiteral("identified"));
    QCOMPARE(moved.value(QLatin1String("author")).toString(), QStringLiteral("bob"));
    QCOMPARE(moved.keys().size(), 4);
}

void TestIncidentJson::eventShape_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("note") << QString::fromLatin1(eventkind::Note)
                          << QJsonObject{{QStringLiteral("text"),
                                          QStringLiteral("no new progress")}}
                          << QStringLiteral("no new progress");
    QTest::newRow("status") << QString::fromLatin1(eventkind::StatusChanged)
                            << QJsonObject{{QStringLiteral("from"),
                                            QStringLiteral("investigating")},
                                           {QStringLiteral("to"), QStringLiteral("identified")}}
                            << QStringLiteral("Status Investigating → Identified");
    QTest::newRow("declared") << QString::fromLatin1(eventkind::Declared)
                              << incidentfields::toJson(test::validFields())
                              << QStringLiteral(
                                     "Declared SEV2 Agent behaviour anomaly / quality decline: "
                                     "Completion rate drop on email drafting");
    QTest::newRow("fields") << QString::fromLatin1(eventkind::FieldsChanged)
                            << QJsonObject{{QStringLiteral("changes"),
                                            QJsonObject{{QStringLiteral("severity"),
                                                         QJsonArray{QStringLiteral("SEV2"),
                                                                    QStringLiteral("SEV1")}}}}}
                            << QStringLiteral("Edited severity: \"SEV2\" → \"SEV1\"");
    // A kind this build does not know (written by a later feature) still serialises.
    QTest::newRow("unknown kind") << QStringLiteral("future_kind")
                                  << QJsonObject{{QStringLiteral("x"), 1}}
                                  << QStringLiteral("future_kind");
}

void TestIncidentJson::eventShape()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, expectedText);

    TimelineEvent e;
    e.id = 7;
    e.incidentId = 42;
    e.at = test::testStart().addMSecs(1500);
    e.author = QStringLiteral("carol");
    e.kind = kind;
    e.payload = payload;

    const QJsonObject json = incidentjson::event(e);
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("at"), QStringLiteral("author"),
                                QStringLiteral("id"), QStringLiteral("kind"),
                                QStringLiteral("payload"), QStringLiteral("text")}));
    QCOMPARE(json.value(QLatin1String("id")).toInteger(), 7);
    QCOMPARE(json.value(QLatin1String("at")).toString(),
             QStringLiteral("2026-11-29T03:00:01.500Z"));
    QCOMPARE(json.value(QLatin1String("author")).toString(), QStringLiteral("carol"));
    QCOMPARE(json.value(QLatin1String("kind")).toString(), kind);
    QCOMPARE(json.value(QLatin1String("payload")).toObject(), payload);
    QCOMPARE(json.value(QLatin1String("text")).toString(), expectedText);
    QCOMPARE(json.value(QLatin1String("text")).toString(), describeEvent(e));
}

void TestIncidentJson::incidentWithTimeline()
{
    const Incident incident = sampleIncident();
    TimelineEvent declared;
    declared.id = 1;
    declared.incidentId = incident.id;
    declared.at = incident.declaredAt;
    declared.author = incident.declaredBy;
    declared.kind = QString::fromLatin1(eventkind::Declared);
    declared.payload = incidentfields::toJson(incident.fields);
    TimelineEvent note = declared;
    note.id = 2;
    note.kind = QString::fromLatin1(eventkind::Note);
    note.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("rolled back the prompt")}};

    const QJsonObject json = incidentjson::incident(incident, {declared, note});
    const QJsonArray timeline = json.value(QLatin1String("timeline")).toArray();
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.at(0).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("declared"));
    QCOMPARE(timeline.at(1).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("rolled back the prompt"));

    QJsonObject withoutTimeline = json;
    withoutTimeline.remove(QStringLiteral("timeline"));
    QCOMPARE(withoutTimeline, incidentjson::incident(incident));
}

void TestIncidentJson::survivesJsonRoundTrip()
{
    // What scripts read is the serialised text: check that numbers and nulls come back as written.
    const QJsonObject json = incidentjson::incident(sampleIncident());
    const QJsonObject parsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QCOMPARE(parsed, json);
    QCOMPARE(parsed.value(QLatin1String("affected_users_pct")).toDouble(), 12.5);
    QVERIFY(parsed.value(QLatin1String("status_history"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("from"))
                .isNull());
}

QTEST_GUILESS_MAIN(TestIncidentJson)
#include "tst_incidentjson.moc"
