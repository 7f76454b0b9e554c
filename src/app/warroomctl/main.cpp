#include "cli/runner.h"
#include "core/base/appidentity.h"
#include "core/base/clock.h"

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
    const int code = warroom::cli::run(QCoreApplication::arguments(),
                                       QProcessEnvironment::systemEnvironment(), clock, out, err);
    out.flush();
    err.flush();
    return code;
}
