#include "leaveplanview.h"
#include <leave/leavetr.h>

#include <leave/store/leavetypecatalog.h>

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

namespace {
QString signedDays(int hundredths)
{
    return (hundredths > 0 ? QStringLiteral("+") : QString()) + LeaveLedger::formatDays(hundredths);
}
} // namespace

LeavePlanView::LeavePlanView(const QString &objectNamePrefix, QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_warnings(new QListWidget(this))
    , m_onlyChanges(new QCheckBox(Tr::tr("Only the lines to write"), this))
    , m_tree(new QTreeWidget(this))
{
    m_summary->setObjectName(objectNamePrefix + QStringLiteral("Summary"));
    m_summary->setWordWrap(true);
    m_warnings->setObjectName(objectNamePrefix + QStringLiteral("Warnings"));
    m_warnings->setAccessibleName(Tr::tr("To check before writing"));
    m_warnings->setMaximumHeight(90);
    m_warnings->hide();
    m_onlyChanges->setObjectName(objectNamePrefix + QStringLiteral("OnlyChanges"));
    m_tree->setObjectName(objectNamePrefix + QStringLiteral("Report"));
    m_tree->setAccessibleName(Tr::tr("Lines of the ledger, by agent"));
    m_tree->setHeaderLabels({Tr::tr("Agent"),
                             Tr::tr("Type"),
                             Tr::tr("Year"),
                             Tr::tr("Line"),
                             Tr::tr("Days"),
                             Tr::tr("Change"),
                             Tr::tr("Note")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 230);
    m_tree->setColumnWidth(1, 170);
    m_tree->setColumnWidth(2, 50);
    m_tree->setColumnWidth(3, 110);
    m_tree->setColumnWidth(4, 70);
    m_tree->setColumnWidth(5, 110);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_onlyChanges);
    layout->addWidget(m_tree, 1);
    connect(m_onlyChanges, &QCheckBox::toggled, this, &LeavePlanView::rebuild);
}

void LeavePlanView::clear(const QString &message)
{
    m_plan = LeaveLedgerPlan(QString(), {});
    m_summary->setText(message);
    m_warnings->clear();
    m_warnings->hide();
    m_tree->clear();
}

void LeavePlanView::setPlan(const LeaveLedgerPlan &plan, const LeaveTypeCatalog &types)
{
    m_plan = plan;
    m_typeLabels.clear();
    for (const LeaveType &t : types.types())
        m_typeLabels.insert(t.id, t.label);
    const int toWrite = plan.changeCount();
    // "%1: %2" is translated: French puts a space before the colon.
    QString text = Tr::tr("%1: %2").arg(
        plan.title(),
        Tr::tr("%n agent(s)", nullptr, plan.agentCount()) + QStringLiteral(", ")
            + Tr::tr("%n line(s) to write", nullptr, toWrite) + QStringLiteral(", ")
            + Tr::tr("%n already written", nullptr, int(plan.lines().size()) - toWrite)
            + QLatin1Char('.'));
    if (toWrite == 0 && !plan.lines().isEmpty())
        text += QLatin1Char(' ') + Tr::tr("Nothing to write: the ledger already holds all of it.");
    m_summary->setText(text);
    m_warnings->clear();
    m_warnings->addItems(plan.warnings());
    m_warnings->setVisible(!plan.warnings().isEmpty());
    rebuild();
}

void LeavePlanView::rebuild()
{
    m_tree->clear();
    const QLocale locale;
    const bool onlyChanges = m_onlyChanges->isChecked();
    QTreeWidgetItem *agentItem = nullptr;
    QString agent;
    QMap<QString, int> agentTotals;
    int agentChanges = 0;
    auto finishAgent = [&]() {
        if (!agentItem)
            return;
        QStringList parts;
        for (auto it = agentTotals.cbegin(); it != agentTotals.cend(); ++it)
            parts.append(it.key() + QLatin1Char(' ') + signedDays(it.value()));
        agentItem->setText(
            5, agentChanges > 0 ? Tr::tr("%n to write", nullptr, agentChanges) : QString());
        agentItem->setText(6, parts.join(QStringLiteral(", ")));
    };
    QMap<QString, int> totals;
    QList<QTreeWidgetItem *> agents;
    for (const LeavePlanLine &l : m_plan.lines()) {
        const QString type = m_typeLabels.value(l.leaveTypeId, l.leaveTypeId);
        totals[type + QLatin1Char(' ') + QString::number(l.year) + QLatin1Char('\t')
               + LedgerEntry::kindLabel(l.kind)]
            += l.hundredths;
        if (onlyChanges && !l.needsWriting())
            continue;
        if (l.agentId != agent) {
            finishAgent();
            agent = l.agentId;
            agentTotals.clear();
            agentChanges = 0;
            agentItem = new QTreeWidgetItem({l.agentName});
            QFont bold = agentItem->font(0);
            bold.setBold(true);
            agentItem->setFont(0, bold);
            agents.append(agentItem);
        }
        agentTotals[type + QLatin1Char(' ') + QString::number(l.year)] += l.hundredths;
        if (l.needsWriting())
            ++agentChanges;
        QString change = LeaveLedgerPlan::changeLabel(l.change);
        if (l.change == LeavePlanLine::Change::Changed
            || l.change == LeavePlanLine::Change::Withdrawn)
            change += QLatin1Char(' ') + Tr::tr("(was %1)").arg(signedDays(l.writtenHundredths));
        QString note = l.note;
        if (l.expiresOn.isValid()
            && !note.contains(locale.toString(l.expiresOn, QLocale::ShortFormat)))
            note += QStringLiteral(" — ")
                    + Tr::tr("expires on %1")
                          .arg(locale.toString(l.expiresOn, QLocale::ShortFormat));
        auto *item = new QTreeWidgetItem(agentItem,
                                         {QString(),
                                          type,
                                          QString::number(l.year),
                                          LedgerEntry::kindLabel(l.kind),
                                          signedDays(l.hundredths),
                                          change,
                                          note});
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(6, note);
        if (!l.needsWriting())
            item->setForeground(5, m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
    }
    finishAgent();
    m_tree->addTopLevelItems(agents);
    if (!totals.isEmpty()) {
        auto *totalItem = new QTreeWidgetItem({Tr::tr("Totals")});
        QFont bold = totalItem->font(0);
        bold.setBold(true);
        totalItem->setFont(0, bold);
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('\t'));
            const int space = int(parts.at(0).lastIndexOf(QLatin1Char(' ')));
            auto *item = new QTreeWidgetItem(totalItem,
                                             {QString(),
                                              parts.at(0).left(space),
                                              parts.at(0).mid(space + 1),
                                              parts.at(1),
                                              signedDays(it.value())});
            item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        }
        m_tree->addTopLevelItem(totalItem);
        totalItem->setExpanded(true);
    }
    // A few agents are read at once; hundreds are opened one by one.
    if (agents.size() <= 30) {
        for (QTreeWidgetItem *a : std::as_const(agents))
            a->setExpanded(true);
    }
}

} // namespace Civitas::Leave::Internal
