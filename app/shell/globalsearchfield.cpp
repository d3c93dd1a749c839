#include "globalsearchfield.h"
#include "shelltr.h"

#include <core/access/session.h>
#include <core/storage/textlimits.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace Civitas {

static constexpr int PageRole = Qt::UserRole + 1;
static constexpr int RecordRole = Qt::UserRole + 2;
static constexpr int ResultsPerProvider = 8;

GlobalSearchField::GlobalSearchField(const Session &session, QWidget *parent)
    : QLineEdit(parent)
    , m_session(session)
    , m_results(new QStandardItemModel(this))
    , m_completer(new QCompleter(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(ShellTr::tr("Search everywhere (Ctrl+K)"));
    setAccessibleName(ShellTr::tr("Search everywhere"));
    setClearButtonEnabled(true);
    setMaxLength(TextLimits::Search);
    addAction(QIcon(QStringLiteral(":/civitas/icons/search.svg")), QLineEdit::LeadingPosition);
    setMinimumWidth(320);

    // The completer only shows our results: attached with setWidget (not setCompleter), it
    // neither filters them again nor rewrites the typed text.
    m_completer->setModel(m_results);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->setMaxVisibleItems(14);
    m_completer->popup()->setObjectName(QStringLiteral("globalSearchResults"));
    connect(m_completer,
            qOverload<const QModelIndex &>(&QCompleter::activated),
            this,
            [this](const QModelIndex &index) { activateResult(index.row()); });

    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &GlobalSearchField::searchNow);
    connect(this, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_delay->isActive()) {
            m_delay->stop();
            searchNow();
        }
        if (m_results->rowCount() > 0 && !m_completer->popup()->isVisible())
            m_completer->complete();
    });
}

void GlobalSearchField::searchNow()
{
    m_results->clear();
    const QString query = text().trimmed();
    if (query.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    for (const SearchProvider *provider : std::as_const(m_providers)) {
        if (!m_session.hasAnyRole(provider->roles()))
            continue;
        for (const SearchResult &result : provider->search(query, ResultsPerProvider)) {
            auto *item
                = new QStandardItem(QStringLiteral("%1 — %2   [%3]")
                                        .arg(result.title, result.subtitle, result.category));
            item->setData(result.pageId, PageRole);
            item->setData(result.recordId, RecordRole);
            item->setToolTip(result.subtitle);
            m_results->appendRow(item);
        }
    }
    if (m_results->rowCount() == 0) {
        auto *none = new QStandardItem(ShellTr::tr("No result for \"%1\"").arg(query));
        none->setEnabled(false);
        m_results->appendRow(none);
    }
    m_completer->complete();
}

void GlobalSearchField::activateResult(int row)
{
    const QStandardItem *item = m_results->item(row);
    if (!item || item->data(PageRole).toString().isEmpty())
        return;
    const QString pageId = item->data(PageRole).toString();
    const QString recordId = item->data(RecordRole).toString();
    m_completer->popup()->hide();
    clear();
    emit recordRequested(pageId, recordId);
}

} // namespace Civitas
