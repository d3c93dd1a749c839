#include "conflictspage.h"
#include "shelltr.h"

#include <core/storage/textlimits.h>
#include <core/sync/refusalreason.h>
#include <core/sync/syncconflicts.h>
#include <core/sync/syncengine.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Civitas {

static constexpr int IdRole = Qt::UserRole + 1;

// QInputDialog::getText with a bounded field: no column takes more than a free comment.
static QString askValue(
    QWidget *parent, const QString &title, const QString &label, const QString &value, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(value);
    if (auto *edit = dialog.findChild<QLineEdit *>())
        edit->setMaxLength(TextLimits::Comment);
    *ok = dialog.exec() == QDialog::Accepted;
    return *ok ? dialog.textValue() : QString();
}

static QString shown(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return ShellTr::tr("(empty)");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toVariant().toString();
}

// The fields of a refused change the user typed (not the stamps every change carries).
static QStringList editableFields(const RefusedChange &change)
{
    QStringList fields;
    for (const QString &field : change.fields) {
        if (field != QLatin1String("id") && field != QLatin1String("updated_at")
            && field != QLatin1String("updated_by") && field != QLatin1String("deleted"))
            fields << field;
    }
    return fields;
}

static QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    return table;
}

ConflictsPage::ConflictsPage(Database &database, SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_engine(engine)
    , m_conflicts(makeTable({ShellTr::tr("Record"),
                             ShellTr::tr("Field"),
                             ShellTr::tr("My value"),
                             ShellTr::tr("Server's value"),
                             ShellTr::tr("Value before")},
                            QStringLiteral("conflictTable"),
                            this))
    , m_refusals(
          makeTable({ShellTr::tr("Record"), ShellTr::tr("Change"), ShellTr::tr("Server's reason")},
                    QStringLiteral("refusalTable"),
                    this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictsPage"));
    m_conflicts->setAccessibleName(ShellTr::tr("Conflicts"));
    m_refusals->setAccessibleName(ShellTr::tr("Refused changes"));
    auto *title = new QLabel(ShellTr::tr("Synchronisation"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("syncSummary"));

    auto *keep = new QPushButton(ShellTr::tr("Keep my value"), this);
    keep->setObjectName(QStringLiteral("keepMine"));
    auto *take = new QPushButton(ShellTr::tr("Take the server's"), this);
    take->setObjectName(QStringLiteral("takeTheirs"));
    auto *edit = new QPushButton(ShellTr::tr("Type another value…"), this);
    edit->setObjectName(QStringLiteral("editValue"));
    auto *retry = new QPushButton(ShellTr::tr("Send again"), this);
    retry->setObjectName(QStringLiteral("retryRefused"));
    auto *amend = new QPushButton(ShellTr::tr("Change and send again…"), this);
    amend->setObjectName(QStringLiteral("amendRefused"));
    auto *discard = new QPushButton(ShellTr::tr("Give up my change"), this);
    discard->setObjectName(QStringLiteral("discardRefused"));
    connect(keep, &QPushButton::clicked, this, &ConflictsPage::keepMine);
    connect(take, &QPushButton::clicked, this, &ConflictsPage::takeTheirs);
    connect(edit, &QPushButton::clicked, this, &ConflictsPage::editValue);
    connect(retry, &QPushButton::clicked, this, &ConflictsPage::retryRefused);
    connect(amend, &QPushButton::clicked, this, &ConflictsPage::amendRefused);
    connect(discard, &QPushButton::clicked, this, &ConflictsPage::discardRefused);

    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(keep);
    conflictButtons->addWidget(take);
    conflictButtons->addWidget(edit);
    conflictButtons->addStretch();
    auto *refusalButtons = new QHBoxLayout;
    refusalButtons->addWidget(retry);
    refusalButtons->addWidget(amend);
    refusalButtons->addWidget(discard);
    refusalButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(ShellTr::tr("Conflicts: changed here and on the server"), this));
    layout->addWidget(m_conflicts, 2);
    layout->addLayout(conflictButtons);
    layout->addWidget(new QLabel(ShellTr::tr("Changes the server refused"), this));
    layout->addWidget(m_refusals, 1);
    layout->addLayout(refusalButtons);
    if (m_engine) {
        connect(m_engine, &SyncEngine::synced, this, &ConflictsPage::refresh);
        connect(m_engine, &SyncEngine::stateChanged, this, &ConflictsPage::refresh);
    }
    refresh();
}

void ConflictsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ConflictsPage::refresh()
{
    const QList<SyncConflict> conflicts = SyncConflicts(m_database).open();
    m_conflicts->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const SyncConflict &c = conflicts.at(row);
        const QStringList cells = {c.table + QStringLiteral(" · ") + c.rowId.left(8),
                                   c.field,
                                   shown(c.mine),
                                   shown(c.theirs),
                                   shown(c.base)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, c.id);
            item->setToolTip(cells.at(column));
            m_conflicts->setItem(row, column, item);
        }
    }
    const QList<RefusedChange> refused = SyncConflicts(m_database).refused().valueOr({});
    m_refusals->setRowCount(0);
    for (const RefusedChange &r : refused) {
        const int row = m_refusals->rowCount();
        m_refusals->insertRow(row);
        // The values refused, which the record no longer shows.
        QStringList values;
        for (const QString &field : editableFields(r))
            values << QStringLiteral("%1 = %2").arg(field, shown(r.values.value(field)));
        const QString change
            = r.operation == QLatin1String("insert")
                  ? ShellTr::tr("new record: %1").arg(values.join(QStringLiteral(", ")))
              : r.operation == QLatin1String("delete") ? ShellTr::tr("deletion")
                                                       : values.join(QStringLiteral(", "));
        const QStringList cells = {r.table + QStringLiteral(" · ") + r.rowId.left(8),
                                   change,
                                   RefusalReason::plain(r.reason)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, r.seq);
            item->setToolTip(cells.at(column));
            m_refusals->setItem(row, column, item);
        }
        // The server's own words, for whoever supports the user.
        m_refusals->item(row, 2)->setToolTip(
            ShellTr::tr("%1\n\nServer's message: %2").arg(cells.at(2), r.reason));
    }
    // A file the server refuses whole (another town's, or a town it never sent) says so first.
    if (m_engine && m_engine->state() == SyncEngine::State::Refused) {
        m_summary->setText(ShellTr::tr("Not synchronised: %1").arg(m_engine->stateDetail()));
        return;
    }
    m_summary->setText(
        conflicts.isEmpty() && m_refusals->rowCount() == 0
            ? ShellTr::tr("Everything you changed was accepted by the server.")
            : ShellTr::tr("Nothing is lost: your values are kept here until you decide."));
}

qint64 ConflictsPage::selectedId(QTableWidget *table) const
{
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->data(IdRole).toLongLong();
}

void ConflictsPage::resolved()
{
    refresh();
    if (m_engine)
        m_engine->syncNow();
}

void ConflictsPage::keepMine()
{
    const qint64 id = selectedId(m_conflicts);
    QString error;
    if (id >= 0
        && !SyncConflicts(m_database).resolve(id, SyncConflicts::Resolution::KeepMine, {}, &error))
        QMessageBox::warning(this, ShellTr::tr("Conflict"), error);
    resolved();
}

void ConflictsPage::takeTheirs()
{
    const qint64 id = selectedId(m_conflicts);
    QString error;
    if (id >= 0
        && !SyncConflicts(m_database)
                .resolve(id, SyncConflicts::Resolution::TakeTheirs, {}, &error))
        QMessageBox::warning(this, ShellTr::tr("Conflict"), error);
    resolved();
}

void ConflictsPage::editValue()
{
    const qint64 id = selectedId(m_conflicts);
    if (id < 0)
        return;
    const int row = m_conflicts->currentRow();
    bool ok = false;
    const QString value
        = askValue(this,
                   ShellTr::tr("Type another value"),
                   ShellTr::tr("New value for %1:").arg(m_conflicts->item(row, 1)->text()),
                   m_conflicts->item(row, 3)->text(),
                   &ok);
    if (!ok)
        return;
    QString error;
    if (!SyncConflicts(m_database)
             .resolve(id, SyncConflicts::Resolution::Edit, QJsonValue(value), &error))
        QMessageBox::warning(this, ShellTr::tr("Conflict"), error);
    resolved();
}

void ConflictsPage::retryRefused()
{
    const qint64 seq = selectedId(m_refusals);
    const Result<> retried = SyncConflicts(m_database).retry(seq);
    if (!retried.ok())
        QMessageBox::warning(this, ShellTr::tr("Send again"), retried.error());
    resolved();
}

void ConflictsPage::amendRefused()
{
    const qint64 seq = selectedId(m_refusals);
    if (seq < 0)
        return;
    RefusedChange change;
    for (const RefusedChange &r : SyncConflicts(m_database).refused().valueOr({})) {
        if (r.seq == seq)
            change = r;
    }
    const QStringList fields = editableFields(change);
    if (fields.isEmpty())
        return;
    bool ok = true;
    const QString field = fields.size() == 1
                              ? fields.first()
                              : QInputDialog::getItem(this,
                                                      ShellTr::tr("Change and send again"),
                                                      ShellTr::tr("Field to change:"),
                                                      fields,
                                                      0,
                                                      false,
                                                      &ok);
    if (!ok)
        return;
    const QString value = askValue(this,
                                   ShellTr::tr("Change and send again"),
                                   ShellTr::tr("New value for %1:").arg(field),
                                   change.values.value(field).toVariant().toString(),
                                   &ok);
    if (!ok)
        return;
    const Result<> amended = SyncConflicts(m_database).amend(seq, field, QJsonValue(value));
    if (!amended.ok())
        QMessageBox::warning(this, ShellTr::tr("Change and send again"), amended.error());
    resolved();
}

void ConflictsPage::discardRefused()
{
    const qint64 seq = selectedId(m_refusals);
    if (seq < 0)
        return;
    if (QMessageBox::question(this,
                              ShellTr::tr("Give up my change"),
                              ShellTr::tr("Your change will be undone on this computer. Go on?"))
        != QMessageBox::Yes)
        return;
    const Result<> discarded = SyncConflicts(m_database).discard(seq);
    if (!discarded.ok())
        QMessageBox::warning(this, ShellTr::tr("Give up my change"), discarded.error());
    refresh();
}

} // namespace Civitas
