#include "cli/runner.h"
#include "core/base/appidentity.h"
#include "core/base/clock.h"
#include "integrations/publishing/nopublishers.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    warroom::applyApplicationIdentity();
    warroom::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const warroom::SystemClock clock;
    // The bytes as given, not QCoreApplication::arguments(): run() refuses invalid UTF-8 instead
    // of storing what decoding made of it.
    QList<QByteArray> arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QByteArray(argv[i]));
    // The destinations this process delivers to (`outbox run`). Nothing is configured until the
    // channel clients (status page, Slack, webhook, email) are wired in here; rows wait for a
    // process that has them, or are posted by hand.
    const warroom::PublishersFactory publishers = warroom::noPublishers();
    const int code = warroom::cli::run(arguments, QProcessEnvironment::systemEnvironment(), clock,
                                       publishers, out, err);
    out.flush();
    err.flush();
    return code;
}
