#include "historytab.h"

#include "hrwidgets.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Civitas::Hr::Internal {

HistoryTab::HistoryTab(AgentFile *file,
                       const QString &tableName,
                       const QString &tableTitle,
                       const QStringList &headers,
                       int stretch,
                       const QString &formTitle,
                       QWidget *parent)
    : QWidget(parent)
    , m_file(file)
    , m_current(new QLabel(this))
    , m_table(HrWidgets::historyTable(tableName, tableTitle, headers, stretch, this))
    , m_form(new QGroupBox(formTitle, this))
{
    m_current->setTextFormat(Qt::RichText);
}

void HistoryTab::finishForm(QLayout *fields,
                            const QString &addText,
                            const QString &addName,
                            const QString &withdrawText,
                            const QString &withdrawName)
{
    m_problem = new QLabel(m_form);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *add = new QPushButton(addText, m_form);
    add->setObjectName(addName);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(add);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addLayout(fields);
    formLayout->addLayout(buttons);

    m_withdraw = new QPushButton(withdrawText, this);
    m_withdraw->setObjectName(withdrawName);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_table, 1);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addStretch();
    tableButtons->addWidget(m_withdraw);
    layout->addLayout(tableButtons);
    layout->addWidget(m_form);

    connect(add, &QPushButton::clicked, this, [this] { addFromForm(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdrawSelected(); });
}

void HistoryTab::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void HistoryTab::historyAdded()
{
    m_file->sortHistories();
    historyChanged();
}

void HistoryTab::historyChanged()
{
    refresh();
    emit changed();
}

int HistoryTab::selectedIndex(qsizetype historySize) const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= historySize)
        return -1;
    return int(historySize) - 1 - row;
}

bool HistoryTab::confirm(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question) == QMessageBox::Yes;
}

void HistoryTab::setReadOnly(bool readOnly)
{
    m_form->setVisible(!readOnly);
    m_withdraw->setVisible(!readOnly);
}

} // namespace Civitas::Hr::Internal
