#pragma once

#include "core/base/clock.h"
#include "core/incident/incident.h"
#include "core/playbook/playbook.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;

namespace Ui {
class DeclareIncidentDialog;
}

namespace warroom {

class ErrorLine;

// Collects an incident's fields, shows every problem next to its field (and takes it away once
// the field is fixed), and hands valid fields
// to a submit function. When the submit fails (a busy database, say) the dialog stays open with
// the message, so nothing the user typed is lost.
class DeclareIncidentDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>(const IncidentFields &)>;

    DeclareIncidentDialog(const Clock &clock, Submit submit, QWidget *parent = nullptr);
    ~DeclareIncidentDialog() override;

    // Switches to editing an existing incident's fields.
    void setFields(const IncidentFields &fields);
    // Adds the playbook's trigger conditions as a checklist; ticking them suggests the category.
    void offerTriggers(const Playbook &playbook);
    QStringList tickedTriggers() const;

    // The fields as typed; invalid numbers come back as NaN / -1 so validation names them.
    IncidentFields fields() const;
    QString errorText() const;

public slots:
    void accept() override;

private:
    void showErrors(const QList<Error> &errors);
    void clearErrors();
    QWidget *widgetFor(const QString &field) const;
    // The fields in the form's order.
    QList<QWidget *> fieldWidgets() const;
    // Under each field a row of its own for its error, its height kept while it is empty, so
    // the form does not move when errors come and go.
    void reserveErrorLines();
    void markField(QWidget *field, const QString &message);
    // After an edit of a field shown in error: its error goes, or is replaced by the current one.
    void revalidate(QWidget *field);
    void fitHeight();
    // Every problem of the form as typed, at most one per field.
    QList<Error> validationErrors() const;
    // Category and severity have no default: each still on "Choose…" is an error.
    QList<Error> unchosenFields() const;
    // Text that is not a number at all ("two", "2.5" customers) is said as such, not as negative.
    QList<Error> unreadableNumbers() const;

    void suggestCategory();

    std::unique_ptr<Ui::DeclareIncidentDialog> m_ui;
    std::optional<Playbook> m_playbook;
    QList<QCheckBox *> m_triggers;
    QLabel *m_suggestion = nullptr;
    QHash<QWidget *, ErrorLine *> m_fieldErrors; // the line under each field
    QList<Error> m_errors;                       // the problems shown now
    const Clock &m_clock;
    Submit m_submit;
};

} // namespace warroom
