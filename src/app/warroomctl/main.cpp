#include "cli/runner.h"
#include "core/base/appidentity.h"
#include "core/base/clock.h"
#include "core/base/uilanguage.h"
#include "integrations/channels/configuredpublishers.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    warroom::applyApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    // --lang, else WARROOM_LANG, else the system's (core/base/uilanguage.h): before the command
    // line is parsed, so its help and errors are in that language too.
    const warroom::Result<QString> language =
        warroom::uilanguage::choose(warroom::uilanguage::fromArguments(app.arguments()),
                                    qEnvironmentVariable("WARROOM_LANG"), QString());
    if (!language) {
        err << "warroomctl: " << language.error().message << Qt::endl;
        return 2;
    }
    warroom::installTranslations(language.value());
    const warroom::SystemClock clock;
    // The bytes as given, not QCoreApplication::arguments(): run() refuses invalid UTF-8 instead
    // of storing what decoding made of it.
    QList<QByteArray> arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QByteArray(argv[i]));
    // The destinations this process delivers to (`outbox run`, and whether `gate publish` queues
    // a Slack row), from the WARROOM_* channel settings (docs/channels.md). Settings that cannot
    // be used configure nothing and are reported on every run until fixed; the command still
    // runs (a list or a note has nothing to do with them).
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const warroom::ChannelSetup channels = warroom::channelSetupFromEnvironment(environment, clock);
    if (!channels.problem.isEmpty())
        err << "warroomctl: channel settings cannot be used, so nothing is delivered from here:\n"
            << channels.problem << Qt::endl;
    const int code =
        warroom::cli::run(arguments, environment, clock, channels.publishers, out, err);
    out.flush();
    err.flush();
    return code;
}
