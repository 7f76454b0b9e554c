#include "support/populatedworkspace.h"

#include "storage/calls/accountstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/peoplestore.h"

namespace warroom::test {

namespace {

Error failed(const QString &step, const Error &error)
{
    return Error(error.code, QStringLiteral("%1: %2").arg(step, error.message), error.field);
}

} // namespace

Result<std::unique_ptr<Workspace>> openWithExamples(const QString &path, const Clock &clock,
                                                    const QString &author)
{
    auto opened = Workspace::open(DatabaseConfig::sqlite(path), clock);
    if (!opened)
        return failed(QStringLiteral("opening %1").arg(path), opened.error());
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    const auto people = workspace->people().importCsv(exampleCsv("people.csv"), author);
    if (!people)
        return failed(QStringLiteral("importing the example people"), people.error());
    const auto accounts = workspace->accounts().importCsv(exampleCsv("key-accounts.csv"), author);
    if (!accounts)
        return failed(QStringLiteral("importing the example key accounts"), accounts.error());
    return workspace;
}

Result<std::unique_ptr<PopulatedWorkspace>> PopulatedWorkspace::open()
{
    auto fixture = std::make_unique<PopulatedWorkspace>();
    if (!fixture->dir.isValid())
        return Error(Error::Code::Io,
                     QStringLiteral("no temporary folder: %1").arg(fixture->dir.errorString()));
    const QString olga = QStringLiteral("olga");
    auto workspace = openWithExamples(fixture->dir.filePath(QStringLiteral("populated.sqlite")),
                                      fixture->clock, olga);
    if (!workspace)
        return workspace.error();
    fixture->workspace = std::move(workspace).value();
    fixture->user.overrideName(QStringLiteral("Ines"));
    IncidentFields fields = validFields();
    fields.category = Category::DataLeak;
    const Result<qint64> id = fixture->workspace->playbookStore().declare(fields, {}, olga);
    if (!id)
        return failed(QStringLiteral("declaring the incident"), id.error());
    fixture->incident = id.value();
    return fixture;
}

} // namespace warroom::test
