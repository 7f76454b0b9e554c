#include "widgets/incidents/declareincidentdialog.h"

#include "core/base/inputlimits.h"
#include "core/incident/incident.h"
#include "models/common/statuspalette.h"
#include "ui_declareincidentdialog.h"
#include "widgets/common/errorline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace warroom {
namespace {

// "8", "8.5", "8,5" and "8 %" are all eight-ish percent; anything else is not a number.
double parsePercent(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    text = text.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    if (text.isEmpty())
        return 0.0;
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    return ok ? value : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

DeclareIncidentDialog::DeclareIncidentDialog(const Clock &clock, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeclareIncidentDialog>())
    , m_clock(clock)
    , m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    // No category or severity is preselected: a hurried commander must choose them, since they
    // decide which playbook rules apply and how loud the incident is.
    m_ui->categoryCombo->addItem(tr("Choose the category…"), QString());
    m_ui->severityCombo->addItem(tr("Choose…"), QString());
    for (Category c : category::all())
        m_ui->categoryCombo->addItem(category::displayName(c), category::id(c));
    for (Severity s : severity::all()) {
        m_ui->severityCombo->addItem(severity::id(s), severity::id(s));
        m_ui->severityCombo->setItemData(m_ui->severityCombo->count() - 1, severity::description(s),
                                         Qt::ToolTipRole);
    }
    m_ui->titleEdit->setMaxLength(incidentfields::MaxTitleLength);
    m_ui->taskTypeEdit->setMaxLength(incidentfields::MaxTaskTypeLength);
    m_ui->detectedAtEdit->setTimeSpec(Qt::UTC);
    // Nothing before 2000 (docs/reliability.md, "Bounded input"). The end of the range moves with
    // the clock while the dialog is open, so it is checked when the form is submitted.
    m_ui->detectedAtEdit->setMinimumDateTime(inputlimits::earliestAcceptedTime());
    m_ui->detectedAtEdit->setDateTime(m_clock.nowUtc());
    // Alt+D: "Detected at" takes Alt+A.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Declare"));
    reserveErrorLines();

    const auto showSeverityHint = [this] {
        const auto s = severity::fromId(m_ui->severityCombo->currentData().toString());
        m_ui->severityHint->setText(s ? severity::description(*s)
                                      : tr("Choose a severity to see what it means."));
        fitHeight();
    };
    connect(m_ui->severityCombo, &QComboBox::currentIndexChanged, this, showSeverityHint);
    showSeverityHint();
    connect(m_ui->nowButton, &QPushButton::clicked, this,
            [this] { m_ui->detectedAtEdit->setDateTime(m_clock.nowUtc()); });
    for (QLineEdit *edit :
         {m_ui->titleEdit, m_ui->taskTypeEdit, m_ui->affectedPctEdit, m_ui->enterpriseEdit})
        connect(edit, &QLineEdit::textChanged, this, [this, edit] { revalidate(edit); });
    for (QComboBox *combo : {m_ui->categoryCombo, m_ui->severityCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] { revalidate(combo); });
    connect(m_ui->detectedAtEdit, &QDateTimeEdit::dateTimeChanged, this,
            [this] { revalidate(m_ui->detectedAtEdit); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DeclareIncidentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DeclareIncidentDialog::reject);
}

DeclareIncidentDialog::~DeclareIncidentDialog() = default;

void DeclareIncidentDialog::setFields(const IncidentFields &f)
{
    setWindowTitle(tr("Edit incident"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sa&ve")); // Alt+S: Severity
    m_ui->titleEdit->setText(f.title);
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(category::id(f.category)));
    m_ui->severityCombo->setCurrentIndex(m_ui->severityCombo->findData(severity::id(f.severity)));
    m_ui->taskTypeEdit->setText(f.taskType);
    m_ui->affectedPctEdit->setText(QLocale::c().toString(f.affectedUsersPct, 'g', 6));
    m_ui->enterpriseEdit->setText(QString::number(f.enterpriseAffected));
    m_ui->detectedAtEdit->setDateTime(f.detectedAt.toUTC());
}

void DeclareIncidentDialog::offerTriggers(const Playbook &playbook)
{
    if (m_playbook || playbook.triggers.isEmpty())
        return;
    m_playbook = playbook;
    auto *box = new QGroupBox(
        tr("Trigger conditions observed (tick any; they suggest the category)"), this);
    box->setObjectName(QStringLiteral("triggerBox"));
    auto *list = new QVBoxLayout(box);
    for (const TriggerDef &trigger : playbook.triggers) {
        auto *check = new QCheckBox(trigger.title, box);
        check->setObjectName(QStringLiteral("trigger-") + trigger.id);
        check->setProperty("triggerId", trigger.id);
        list->addWidget(check);
        m_triggers.append(check);
        connect(check, &QCheckBox::toggled, this, &DeclareIncidentDialog::suggestCategory);
    }
    m_suggestion = new QLabel(tr("Ticking a condition sets the category it suggests."), box);
    m_suggestion->setObjectName(QStringLiteral("categorySuggestion"));
    m_suggestion->setWordWrap(true);
    list->addWidget(m_suggestion);
    m_ui->verticalLayout->insertWidget(0, box); // what was observed first: it suggests the category
    adjustSize();
}

QStringList DeclareIncidentDialog::tickedTriggers() const
{
    QStringList ids;
    for (const QCheckBox *check : m_triggers) {
        if (check->isChecked())
            ids.append(check->property("triggerId").toString());
    }
    return ids;
}

void DeclareIncidentDialog::suggestCategory()
{
    const std::optional<Category> suggested =
        playbook::suggestCategory(*m_playbook, tickedTriggers());
    if (!suggested) {
        m_suggestion->setText(tr("Ticking a condition sets the category it suggests."));
        return;
    }
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(category::id(*suggested)));
    m_suggestion->setText(
        tr("Category set to \"%1\", as the ticked conditions suggest; change it above if it fits"
           " better.")
            .arg(category::displayName(*suggested)));
    fitHeight();
}

void DeclareIncidentDialog::fitHeight()
{
    // A wrapped label does not ask the dialog for the height its second line needs.
    if (const int needed = layout()->heightForWidth(width()); needed > height())
        resize(width(), needed);
}

IncidentFields DeclareIncidentDialog::fields() const
{
    IncidentFields f;
    f.title = m_ui->titleEdit->text();
    f.category =
        category::fromId(m_ui->categoryCombo->currentData().toString()).value_or(Category::Outage);
    f.severity =
        severity::fromId(m_ui->severityCombo->currentData().toString()).value_or(Severity::Sev2);
    f.taskType = m_ui->taskTypeEdit->text();
    f.affectedUsersPct = parsePercent(m_ui->affectedPctEdit->text());
    const QString enterprise = m_ui->enterpriseEdit->text().trimmed();
    bool ok = true;
    f.enterpriseAffected = enterprise.isEmpty() ? 0 : enterprise.toInt(&ok);
    if (!ok)
        f.enterpriseAffected = -1;
    QDateTime detected = m_ui->detectedAtEdit->dateTime();
    detected.setTimeSpec(Qt::UTC);
    f.detectedAt = detected;
    return f;
}

QString DeclareIncidentDialog::errorText() const
{
    QStringList messages;
    for (const Error &error : m_errors)
        messages.append(error.message);
    return messages.join(QLatin1Char('\n'));
}

QList<QWidget *> DeclareIncidentDialog::fieldWidgets() const
{
    return {m_ui->titleEdit,       m_ui->categoryCombo,  m_ui->severityCombo, m_ui->taskTypeEdit,
            m_ui->affectedPctEdit, m_ui->enterpriseEdit, m_ui->detectedAtEdit};
}

QWidget *DeclareIncidentDialog::widgetFor(const QString &field) const
{
    if (field == QLatin1String(incidentfields::Title))
        return m_ui->titleEdit;
    if (field == QLatin1String(incidentfields::Category))
        return m_ui->categoryCombo;
    if (field == QLatin1String(incidentfields::Severity))
        return m_ui->severityCombo;
    if (field == QLatin1String(incidentfields::TaskType))
        return m_ui->taskTypeEdit;
    if (field == QLatin1String(incidentfields::AffectedUsersPct))
        return m_ui->affectedPctEdit;
    if (field == QLatin1String(incidentfields::EnterpriseAffected))
        return m_ui->enterpriseEdit;
    if (field == QLatin1String(incidentfields::DetectedAt))
        return m_ui->detectedAtEdit;
    return nullptr;
}

void DeclareIncidentDialog::reserveErrorLines()
{
    for (QWidget *field : fieldWidgets()) {
        // The red frame of a field in error must not change its height either.
        field->setFixedHeight(field->sizeHint().height());
        int row = -1;
        for (int r = 0; r < m_ui->formLayout->rowCount() && row < 0; ++r) {
            QLayoutItem *item = m_ui->formLayout->itemAt(r, QFormLayout::FieldRole);
            if (item && (item->widget() == field ||
                         (item->layout() && item->layout()->indexOf(field) >= 0)))
                row = r;
        }
        auto *line = new ErrorLine(QStringLiteral("fieldError"), this);
        // Two wrapped lines, always the same height: the longest message (a detection time in
        // the future, with both times) fits, and a message never moves the fields below it.
        QFont bold = line->font();
        bold.setBold(true);
        line->setFixedHeight(QFontMetrics(bold).lineSpacing() * 2);
        line->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        line->show(); // empty while the field is fine (a hidden row would take no room)
        m_ui->formLayout->insertRow(row + 1, QString(), line);
        m_fieldErrors.insert(field, line);
    }
}

void DeclareIncidentDialog::markField(QWidget *field, const QString &message)
{
    field->setStyleSheet(message.isEmpty()
                             ? QString()
                             : QStringLiteral("border: 2px solid %1;")
                                   .arg(statuspalette::text(statuspalette::Tone::Alarm).name()));
    ErrorLine *line = m_fieldErrors.value(field);
    line->setText(message);
    line->setToolTip(message);
}

void DeclareIncidentDialog::clearErrors()
{
    for (QWidget *field : fieldWidgets())
        markField(field, QString());
    m_ui->errorLabel->showMessage(QString());
    m_errors.clear();
}

// Each message goes under the field it is about; those about no field (a failed write) go
// to the line above the buttons. The first field in error in the form gets the focus.
void DeclareIncidentDialog::showErrors(const QList<Error> &errors)
{
    QStringList general;
    QWidget *first = nullptr;
    const QList<QWidget *> order = fieldWidgets();
    for (const Error &error : errors) {
        m_errors.append(error);
        QWidget *w = widgetFor(error.field);
        if (!w) {
            general.append(error.message);
            continue;
        }
        markField(w, error.message);
        if (!first || order.indexOf(w) < order.indexOf(first))
            first = w;
    }
    m_ui->errorLabel->showMessage(general.join(QLatin1Char('\n')));
    if (first)
        first->setFocus();
}

void DeclareIncidentDialog::revalidate(QWidget *field)
{
    const auto isAbout = [this, field](const Error &error) {
        return widgetFor(error.field) == field;
    };
    if (std::none_of(m_errors.cbegin(), m_errors.cend(), isAbout))
        return; // not in error: nothing is said while the user is still typing
    m_errors.removeIf(isAbout);
    QString message;
    for (const Error &error : validationErrors()) {
        if (isAbout(error)) {
            m_errors.append(error);
            message = error.message;
            break;
        }
    }
    markField(field, message);
}

QList<Error> DeclareIncidentDialog::validationErrors() const
{
    QList<Error> errors = unchosenFields() + unreadableNumbers();
    for (const Error &error : incidentfields::validate(fields(), m_clock.nowUtc())) {
        const bool fieldTaken = std::any_of(errors.cbegin(), errors.cend(),
                                            [&](const Error &e) { return e.field == error.field; });
        if (!fieldTaken)
            errors.append(error);
    }
    return errors;
}

QList<Error> DeclareIncidentDialog::unreadableNumbers() const
{
    QList<Error> errors;
    const QString enterprise = m_ui->enterpriseEdit->text().trimmed();
    bool whole = true;
    if (!enterprise.isEmpty())
        enterprise.toInt(&whole);
    if (!whole)
        errors.append(Error::invalid(
            QLatin1String(incidentfields::EnterpriseAffected),
            tr("Enterprise customers affected must be a whole number of customers, e.g. 3.")));
    return errors;
}

QList<Error> DeclareIncidentDialog::unchosenFields() const
{
    QList<Error> errors;
    if (m_ui->categoryCombo->currentData().toString().isEmpty())
        errors.append(
            Error::invalid(QLatin1String(incidentfields::Category),
                           tr("Choose the category: it decides which playbook rules apply.")));
    if (m_ui->severityCombo->currentData().toString().isEmpty())
        errors.append(
            Error::invalid(QLatin1String(incidentfields::Severity), tr("Choose the severity.")));
    return errors;
}

void DeclareIncidentDialog::accept()
{
    clearErrors();
    const IncidentFields f = fields();
    if (const QList<Error> errors = validationErrors(); !errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    if (Result<void> submitted = m_submit(f); !submitted) {
        showErrors({submitted.error()});
        return;
    }
    QDialog::accept();
}

} // namespace warroom
