#include "testsupport.h"
#include "widgets/incidents/declareincidentdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace warroom;

// The declare dialog through real widget interaction: typing, clicking OK, reading the errors.
class TestDeclareIncidentDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesInvalidInput_data();
    void refusesInvalidInput();
    void acceptsValidInput();
    void categoryAndSeverityMustBeChosen();
    void keepsInputWhenSubmitFails();
    void refusesDetectionInTheFuture();
    void editModeShowsExistingFields();
    void altDPressesDeclare();
    void focusGoesToTheFirstFieldInError();
    void fixingAFieldClearsItsError();
    void errorsDoNotMoveTheFields();

private:
    void fillValid(DeclareIncidentDialog &dialog);
    void clickOk(DeclareIncidentDialog &dialog);
    static QList<QLabel *> shownFieldErrors(DeclareIncidentDialog &dialog)
    {
        QList<QLabel *> shown;
        for (QLabel *label : dialog.findChildren<QLabel *>(QStringLiteral("fieldError"))) {
            if (label->isVisible() && !label->text().isEmpty())
                shown.append(label);
        }
        return shown;
    }
    template <typename T> T *child(DeclareIncidentDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<ManualClock> m_clock;
    QList<IncidentFields> m_submitted;
};

void TestDeclareIncidentDialog::init()
{
    m_clock = std::make_unique<ManualClock>(test::testStart());
    m_submitted.clear();
}

void TestDeclareIncidentDialog::fillValid(DeclareIncidentDialog &dialog)
{
    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"),
                     QStringLiteral("Upstream model API returns 503"));
    QComboBox *category = child<QComboBox>(dialog, "categoryCombo");
    category->setFocus();
    QTest::keyClick(category, Qt::Key_Down); // "Choose the category…" → behavior-anomaly
    QTest::keyClick(category, Qt::Key_Down); // → outage
    QTest::keyClick(category, Qt::Key_Down); // → upstream-unavailable
    QComboBox *severity = child<QComboBox>(dialog, "severityCombo");
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Down); // "Choose…" → SEV1
    QTest::keyClicks(child<QLineEdit>(dialog, "taskTypeEdit"), QStringLiteral("contract review"));
    QTest::keyClicks(child<QLineEdit>(dialog, "affectedPctEdit"), QStringLiteral("8.5"));
    QTest::keyClicks(child<QLineEdit>(dialog, "enterpriseEdit"), QStringLiteral("3"));
}

void TestDeclareIncidentDialog::clickOk(DeclareIncidentDialog &dialog)
{
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestDeclareIncidentDialog::refusesInvalidInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty title") << "titleEdit"
                                 << ""
                                 << "Title must not be empty";
    QTest::newRow("pct 150") << "affectedPctEdit"
                             << "150"
                             << "between 0 and 100";
    QTest::newRow("pct not a number") << "affectedPctEdit"
                                      << "lots"
                                      << "between 0 and 100";
    QTest::newRow("pct negative") << "affectedPctEdit"
                                  << "-2"
                                  << "between 0 and 100";
    QTest::newRow("enterprise not a number") << "enterpriseEdit"
                                             << "two"
                                             << "a whole number of customers, e.g. 3";
    QTest::newRow("enterprise 2.5") << "enterpriseEdit"
                                    << "2.5"
                                    << "a whole number of customers, e.g. 3";
    QTest::newRow("enterprise -2") << "enterpriseEdit"
                                   << "-2"
                                   << "cannot be negative";
}

void TestDeclareIncidentDialog::refusesInvalidInput()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    DeclareIncidentDialog dialog(*m_clock, [this](const IncidentFields &f) -> Result<void> {
        m_submitted.append(f);
        return {};
    });
    dialog.show();
    fillValid(dialog);
    QLineEdit *edit = dialog.findChild<QLineEdit *>(field);
    edit->clear();
    QTest::keyClicks(edit, text);
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
    QVERIFY(m_submitted.isEmpty());
    QVERIFY(!edit->styleSheet().isEmpty()); // the offending field is marked
    QCOMPARE(dialog.focusWidget(), edit);
    const QList<QLabel *> underFields = shownFieldErrors(dialog);
    QCOMPARE(underFields.size(), 1); // and the message is next to it
    QVERIFY(underFields.first()->text().contains(message));
}

void TestDeclareIncidentDialog::categoryAndSeverityMustBeChosen()
{
    DeclareIncidentDialog dialog(*m_clock, [this](const IncidentFields &f) -> Result<void> {
        m_submitted.append(f);
        return {};
    });
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Answers cut off"));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(m_submitted.isEmpty());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Choose the category")),
             qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QStringLiteral("Choose the severity")));
    QCOMPARE(shownFieldErrors(dialog).size(), 2);
    QCOMPARE(dialog.focusWidget(), child<QComboBox>(dialog, "categoryCombo"));

    QTest::keyClick(child<QComboBox>(dialog, "categoryCombo"), Qt::Key_Down); // behavior-anomaly
    QComboBox *severity = child<QComboBox>(dialog, "severityCombo");
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Down); // SEV1
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_submitted.size(), 1);
    QCOMPARE(m_submitted.first().category, Category::BehaviorAnomaly);
    QCOMPARE(m_submitted.first().severity, Severity::Sev1);
    QVERIFY(shownFieldErrors(dialog).isEmpty());
}

void TestDeclareIncidentDialog::acceptsValidInput()
{
    DeclareIncidentDialog dialog(*m_clock, [this](const IncidentFields &f) -> Result<void> {
        m_submitted.append(f);
        return {};
    });
    dialog.show();
    fillValid(dialog);
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_submitted.size(), 1);
    const IncidentFields &f = m_submitted.first();
    QCOMPARE(f.title, QStringLiteral("Upstream model API returns 503"));
    QCOMPARE(f.category, Category::UpstreamUnavailable);
    QCOMPARE(f.severity, Severity::Sev1);
    QCOMPARE(f.taskType, QStringLiteral("contract review"));
    QCOMPARE(f.affectedUsersPct, 8.5);
    QCOMPARE(f.enterpriseAffected, 3);
    QCOMPARE(f.detectedAt, test::testStart()); // "now" from the injected clock
}

void TestDeclareIncidentDialog::keepsInputWhenSubmitFails()
{
    int attempts = 0;
    DeclareIncidentDialog dialog(*m_clock, [&](const IncidentFields &) -> Result<void> {
        if (++attempts == 1)
            return Error{Error::Code::Busy,
                         QStringLiteral("demo.sqlite is locked by another writer")};
        return {};
    });
    dialog.show();
    fillValid(dialog);
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(QStringLiteral("locked")));
    QCOMPARE(child<QLineEdit>(dialog, "titleEdit")->text(),
             QStringLiteral("Upstream model API returns 503"));
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(attempts, 2);
}

void TestDeclareIncidentDialog::refusesDetectionInTheFuture()
{
    DeclareIncidentDialog dialog(*m_clock, [this](const IncidentFields &f) -> Result<void> {
        m_submitted.append(f);
        return {};
    });
    dialog.show();
    fillValid(dialog);
    m_clock->advanceSecs(-3600); // the dialog's default "now" is now an hour ahead of the clock
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("in the future")),
             qPrintable(dialog.errorText()));
    QTest::mouseClick(child<QPushButton>(dialog, "nowButton"), Qt::LeftButton);
    clickOk(dialog);
    QCOMPARE(m_submitted.size(), 1);
    QCOMPARE(m_submitted.first().detectedAt, test::testStart().addSecs(-3600));
}

void TestDeclareIncidentDialog::editModeShowsExistingFields()
{
    DeclareIncidentDialog dialog(*m_clock, [this](const IncidentFields &f) -> Result<void> {
        m_submitted.append(f);
        return {};
    });
    dialog.setFields(test::validFields());
    dialog.show();
    QCOMPARE(dialog.fields(), test::validFields());
    QLineEdit *pct = child<QLineEdit>(dialog, "affectedPctEdit");
    pct->selectAll();
    QTest::keyClicks(pct, QStringLiteral("12,5 %"));
    clickOk(dialog);
    QCOMPARE(m_submitted.size(), 1);
    QCOMPARE(m_submitted.first().affectedUsersPct, 12.5);
}

// Alt+D presses Declare (issue 13: it went to "Detected at", whose label took the same letter).
void TestDeclareIncidentDialog::altDPressesDeclare()
{
    DeclareIncidentDialog dialog(*m_clock, [this](const IncidentFields &f) -> Result<void> {
        m_submitted.append(f);
        return {};
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fillValid(dialog);
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted)); // a mnemonic animates the click
    QCOMPARE(m_submitted.size(), 1);
}

// The first field in error in the form's order gets the focus: the title before the category
// (a focused category box would change with the next key typed into it).
void TestDeclareIncidentDialog::focusGoesToTheFirstFieldInError()
{
    DeclareIncidentDialog dialog(*m_clock, [this](const IncidentFields &f) -> Result<void> {
        m_submitted.append(f);
        return {};
    });
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "affectedPctEdit"), QStringLiteral("150"));
    clickOk(dialog);
    QVERIFY(m_submitted.isEmpty());
    QCOMPARE(shownFieldErrors(dialog).size(), 4); // title, category, severity, users affected
    QCOMPARE(dialog.focusWidget(), child<QLineEdit>(dialog, "titleEdit"));
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("Answers cut off"));
    QCOMPARE(child<QComboBox>(dialog, "categoryCombo")->currentIndex(), 0);
}

// Editing a field revalidates it: its error goes once it is fixed, the others stay.
void TestDeclareIncidentDialog::fixingAFieldClearsItsError()
{
    DeclareIncidentDialog dialog(*m_clock, [this](const IncidentFields &f) -> Result<void> {
        m_submitted.append(f);
        return {};
    });
    dialog.show();
    fillValid(dialog);
    QLineEdit *pct = child<QLineEdit>(dialog, "affectedPctEdit");
    QLineEdit *enterprise = child<QLineEdit>(dialog, "enterpriseEdit");
    pct->clear();
    QTest::keyClicks(pct, QStringLiteral("150"));
    enterprise->clear();
    QTest::keyClicks(enterprise, QStringLiteral("two"));
    clickOk(dialog);
    QCOMPARE(shownFieldErrors(dialog).size(), 2);

    pct->setFocus();
    QTest::keyClick(pct, Qt::Key_Backspace); // "15"
    QCOMPARE(shownFieldErrors(dialog).size(), 1);
    QVERIFY(pct->styleSheet().isEmpty());
    QVERIFY(!dialog.errorText().contains(QStringLiteral("between 0 and 100")));
    QVERIFY(dialog.errorText().contains(QStringLiteral("whole number")));
    QVERIFY(!enterprise->styleSheet().isEmpty());

    enterprise->selectAll();
    QTest::keyClicks(enterprise, QStringLiteral("-")); // still not a whole number
    QCOMPARE(shownFieldErrors(dialog).size(), 1);
    QVERIFY(dialog.errorText().contains(QStringLiteral("whole number")));
    QTest::keyClicks(enterprise, QStringLiteral("2")); // a number, but negative: said so
    QCOMPARE(shownFieldErrors(dialog).size(), 1);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("cannot be negative")),
             qPrintable(dialog.errorText()));
    QTest::keyClick(enterprise, Qt::Key_Home);
    QTest::keyClick(enterprise, Qt::Key_Delete);
    QVERIFY(shownFieldErrors(dialog).isEmpty());
    QCOMPARE(dialog.errorText(), QString());
    clickOk(dialog);
    QCOMPARE(m_submitted.size(), 1);
    QCOMPARE(m_submitted.first().enterpriseAffected, 2);
}

// The space for the error lines is kept, so a field stays where the user is about to click.
void TestDeclareIncidentDialog::errorsDoNotMoveTheFields()
{
    DeclareIncidentDialog dialog(*m_clock, [this](const IncidentFields &f) -> Result<void> {
        m_submitted.append(f);
        return {};
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList names{QStringLiteral("titleEdit"),       QStringLiteral("categoryCombo"),
                            QStringLiteral("severityCombo"),   QStringLiteral("taskTypeEdit"),
                            QStringLiteral("affectedPctEdit"), QStringLiteral("enterpriseEdit"),
                            QStringLiteral("detectedAtEdit")};
    const auto positions = [&] {
        QApplication::processEvents();
        QList<QPoint> at;
        for (const QString &name : names)
            at.append(dialog.findChild<QWidget *>(name)->mapTo(&dialog, QPoint(0, 0)));
        return at;
    };
    const QList<QPoint> before = positions();
    QTest::keyClicks(child<QLineEdit>(dialog, "affectedPctEdit"), QStringLiteral("150"));
    QTest::keyClicks(child<QLineEdit>(dialog, "enterpriseEdit"), QStringLiteral("2.5"));
    clickOk(dialog);
    QCOMPARE(shownFieldErrors(dialog).size(), 5);
    QCOMPARE(positions(), before);
    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Answers cut off"));
    QCOMPARE(shownFieldErrors(dialog).size(), 4);
    QCOMPARE(positions(), before);
}

QTEST_MAIN(TestDeclareIncidentDialog)
#include "tst_declareincidentdialog.moc"
