#pragma once

#include "storage/comms/commsrecords.h"

#include <QDialog>

#include <optional>

class QPlainTextEdit;
class QTableView;

namespace warroom {

class DraftStore;
class DraftVersionModel;

// Every saved version of a draft with who saved it, its hash and who signed or approved it;
// the selected version's text as written and as rendered. "Restore" hands a version's text
// back to the editor (saving it then makes a new version: history is never rewritten).
class DraftVersionsDialog final : public QDialog
{
    Q_OBJECT

public:
    DraftVersionsDialog(DraftStore &drafts, qint64 draftId, QWidget *parent = nullptr);

    std::optional<DraftVersion> chosen() const { return m_chosen; }
    QTableView *table() const { return m_table; }

private:
    void showSelected();

    DraftVersionModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_written = nullptr;
    QPlainTextEdit *m_rendered = nullptr;
    std::optional<DraftVersion> m_chosen;
};

} // namespace warroom
