#pragma once

#include <hr/domain/agentfile.h>
#include <hr/hrglobal.h>

#include <QTableWidget>
#include <QWidget>

#include <type_traits>

class QLabel;
class QLayout;
class QPushButton;

namespace Civitas::Hr::Internal {

// What the dated histories of the agent file (career, statutory positions, working time) have
// in common, so that HR finds the same gestures on each: the situation now, the entries newest
// first, a form to add an entry that the file's rules check before it is taken, and the
// withdrawal of an entry entered by mistake, asked about once it is saved (the audit log keeps
// it). Each tab keeps its own fields, rules and row texts.
class CIVITAS_HR_TESTS_EXPORT HistoryTab : public QWidget
{
    Q_OBJECT
public:
    virtual void refresh() = 0;
    void setReadOnly(bool readOnly);

signals:
    void changed();

protected:
    // Builds the situation label, the table and the form's frame; the tab then fills the form
    // and calls finishForm(). The texts are the tab's own, translated in its context.
    HistoryTab(AgentFile *file,
               const QString &tableName,
               const QString &tableTitle,
               const QStringList &headers,
               int stretch,
               const QString &formTitle,
               QWidget *parent);

    // Lays out the tab around the tab's `fields`. Made last so that the keyboard goes through
    // the fields before the add button, and to the withdrawal after them.
    void finishForm(QLayout *fields,
                    const QString &addText,
                    const QString &addName,
                    const QString &withdrawText,
                    const QString &withdrawName);

    // The add and withdraw buttons.
    virtual void addFromForm() = 0;
    virtual void withdrawSelected() = 0;

    // Shows the rules' refusal under the form; an empty problem hides it.
    void setProblem(const QString &problem);

    // Shows `history` (oldest first, as the file keeps it) newest first: HR reads a history
    // from its present. `style`, when given, dresses each cell of an entry.
    template<typename Entry, typename Cells, typename Style = std::nullptr_t>
    void showHistory(const QList<Entry> &history, Cells cells, Style style = nullptr)
    {
        m_table->setRowCount(int(history.size()));
        for (qsizetype row = 0; row < history.size(); ++row) {
            const Entry &entry = history.at(history.size() - 1 - row);
            const QStringList texts = cells(entry);
            for (int column = 0; column < texts.size(); ++column) {
                auto *item = new QTableWidgetItem(texts.at(column));
                if constexpr (!std::is_null_pointer_v<Style>)
                    style(entry, item);
                m_table->setItem(int(row), column, item);
            }
        }
    }

    // Takes `entry` unless the rules found a `problem`, which is then shown instead.
    template<typename Entry>
    void addTo(QList<Entry> &history, const Entry &entry, const QString &problem)
    {
        if (!problem.isEmpty()) {
            setProblem(problem);
            return;
        }
        history.append(entry);
        historyAdded();
    }

    // Withdraws the selected entry of `history`. A saved one is withdrawn only if HR answers
    // yes to `question(entry)`: an entry not saved yet is only a typing being undone.
    template<typename Entry, typename Question>
    void withdrawFrom(QList<Entry> &history, const QString &title, Question question)
    {
        const int index = selectedIndex(history.size());
        if (index < 0)
            return;
        if (!history.at(index).id.isEmpty() && !confirm(title, question(history.at(index))))
            return;
        history.removeAt(index);
        historyChanged();
    }

    // After an addition made otherwise than by addTo(): the file keeps its histories in date
    // order, then the tab shows them again and the file widget knows the file changed.
    void historyAdded();

    AgentFile *m_file;
    QLabel *m_current;
    QTableWidget *m_table;
    QWidget *m_form;
    QLabel *m_problem = nullptr;

private:
    void historyChanged();
    // The entry of a history (oldest first) selected in the table (newest first); -1 for none.
    int selectedIndex(qsizetype historySize) const;
    bool confirm(const QString &title, const QString &question);

    QPushButton *m_withdraw = nullptr;
};

} // namespace Civitas::Hr::Internal
