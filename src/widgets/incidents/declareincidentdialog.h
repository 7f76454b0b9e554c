#pragma once

#include "core/base/clock.h"
#include "core/incident/incident.h"
#include "core/playbook/playbook.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;

namespace Ui {
class DeclareIncidentDialog;
}

namespace warroom {

// Collects an incident's fields, shows every problem next to its field, and hands valid fields
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
    // A red message in a row of its own under the field (removed by clearErrors()).
    void showUnderField(QWidget *field, const QString &message);
    void fitHeight();
    // Category and severity have no default: each still on "Choose…" is an error.
    QList<Error> unchosenFields() const;

    void suggestCategory();

    std::unique_ptr<Ui::DeclareIncidentDialog> m_ui;
    std::optional<Playbook> m_playbook;
    QList<QCheckBox *> m_triggers;
    QLabel *m_suggestion = nullptr;
    QList<QLabel *> m_fieldErrors; // shown under the fields they are about
    QStringList m_errors;          // every message of the last refused attempt
    const Clock &m_clock;
    Submit m_submit;
};

} // namespace warroom
