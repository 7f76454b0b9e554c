#pragma once

#include "core/clock.h"
#include "core/incident.h"

#include <QDialog>

#include <functional>
#include <memory>

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

    // The fields as typed; invalid numbers come back as NaN / -1 so validation names them.
    IncidentFields fields() const;
    QString errorText() const;

public slots:
    void accept() override;

private:
    void showErrors(const QList<Error> &errors);
    void clearErrors();
    QWidget *widgetFor(const QString &field) const;

    std::unique_ptr<Ui::DeclareIncidentDialog> m_ui;
    const Clock &m_clock;
    Submit m_submit;
};

} // namespace warroom
