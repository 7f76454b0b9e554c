#pragma once

#include "core/base/result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;

namespace warroom {

class ErrorLine;

class AccountStore;

// The incident commander's adjustment of the accounts to call: every listed key account in
// outreach order, the current selection ticked. Refusals keep the dialog open with the reason.
class SelectAccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>(const QList<qint64> &accountIds)>;

    SelectAccountsDialog(AccountStore &accounts, const QList<qint64> &selected, Submit submit,
                         QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Ticks the first n accounts of the list and nothing else.
    void tickTop(int n);
    QList<qint64> tickedIds() const;
    QString errorText() const;

public slots:
    void accept() override;

private:
    Submit m_submit;
    QListWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
    ErrorLine *m_error = nullptr;
};

} // namespace warroom
