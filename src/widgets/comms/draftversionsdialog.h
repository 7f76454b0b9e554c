#pragma once

#include "storage/comms/commsrecords.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace warroom {

class DraftStore;
class DraftVersionModel;
class WordDiffView;

// Every saved version of a draft with who saved it, its hash and who signed or approved it;
// what changed from the version before, word by word (so that legal reads only the changes),
// and the selected version's whole text as rendered and as written. "Restore" hands a version's
// text back to the editor (saving it then makes a new version: history is never rewritten).
class DraftVersionsDialog final : public QDialog
{
    Q_OBJECT

public:
    // draftNumber: the draft's number within its incident, for the title.
    DraftVersionsDialog(DraftStore &drafts, qint64 draftId, int draftNumber,
                        QWidget *parent = nullptr);

    std::optional<DraftVersion> chosen() const { return m_chosen; }
    QTableView *table() const { return m_table; }
    WordDiffView *diffView() const { return m_diff; }

private:
    void showSelected();

    DraftVersionModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_written = nullptr;
    QPlainTextEdit *m_rendered = nullptr;
    QLabel *m_diffLabel = nullptr;
    WordDiffView *m_diff = nullptr;
    QPushButton *m_copyDiff = nullptr;
    std::optional<DraftVersion> m_chosen;
};

} // namespace warroom
