#include "documentstab.h"
#include <hr/hrtr.h>

#include "documentviewer.h"
#include "hrwidgets.h"
#include "optionaldateedit.h"
#include <hr/domain/hrcodes.h>
#include <hr/store/agentfilestore.h>

#include <core/files/fileservice.h>
#include <core/storage/textlimits.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Civitas::Hr::Internal {

DocumentsTab::DocumentsTab(AgentFileStore &store, AgentFile *file, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_file(file)
    , m_table(HrWidgets::historyTable(
          QStringLiteral("documentTable"),
          Tr::tr("Documents of the file"),
          {Tr::tr("No."), Tr::tr("Category"), Tr::tr("Title"), Tr::tr("Date"), Tr::tr("Size")},
          2,
          this))
{
    auto *viewButton = new QPushButton(Tr::tr("View"), this);
    viewButton->setObjectName(QStringLiteral("viewDocument"));
    m_keep = new QPushButton(Tr::tr("Keep on this desk"), this);
    m_keep->setObjectName(QStringLiteral("keepDocument"));
    m_keep->setCheckable(true);
    m_keep->setToolTip(Tr::tr("The piece stays on this desk, to be opened without the network."));
    m_withdraw = new QPushButton(Tr::tr("Withdraw the piece…"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawDocument"));
    m_withdraw->setToolTip(Tr::tr("For a piece the law or a decision removes from the file (an "
                                  "amnestied sanction): its number stays, its content goes."));

    m_form = new QGroupBox(Tr::tr("New document"), this);
    m_category = new QComboBox(m_form);
    m_category->setObjectName(QStringLiteral("documentCategory"));
    m_category->setAccessibleName(Tr::tr("Category"));
    for (const HrCodes::Code &c : HrCodes::codes(HrCodes::DocumentCategory))
        m_category->addItem(c.label, c.code);
    m_title = new QLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_title->setMaxLength(TextLimits::Name);
    m_title->setAccessibleName(Tr::tr("Title"));
    m_title->setPlaceholderText(Tr::tr("e.g. Arrêté d'avancement d'échelon"));
    m_date = new OptionalDateEdit(m_form);
    m_date->setObjectName(QStringLiteral("documentDate"));
    m_date->setAccessibleName(Tr::tr("Date of the document"));
    m_date->setOptionalDate(QDate::currentDate());
    m_hint = new QLabel(m_form);
    m_hint->setWordWrap(true);
    m_problem = new QLabel(m_form);
    m_problem->setObjectName(QStringLiteral("documentProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *choose = new QPushButton(Tr::tr("Choose the file and add…"), m_form);
    choose->setObjectName(QStringLiteral("addDocument"));
    auto *grid = new QFormLayout;
    grid->addRow(Tr::tr("Category"), m_category);
    grid->addRow(QString(), m_hint);
    grid->addRow(Tr::tr("Title"), m_title);
    grid->addRow(Tr::tr("Date"), m_date);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(
        new QLabel(Tr::tr("PDF, JPEG or PNG, %1 at most.")
                       .arg(QLocale().formattedDataSize(m_store.documentSizeLimit())),
                   m_form));
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(choose);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addLayout(grid);
    formLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_withdraw);
    tableButtons->addStretch();
    tableButtons->addWidget(m_keep);
    tableButtons->addWidget(viewButton);
    layout->addLayout(tableButtons);
    layout->addWidget(m_form);
    connect(m_category, &QComboBox::currentIndexChanged, this, &DocumentsTab::updateCategoryHint);
    connect(choose, &QPushButton::clicked, this, &DocumentsTab::chooseFile);
    connect(viewButton, &QPushButton::clicked, this, [this] { open(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { open(row); });
    connect(m_withdraw, &QPushButton::clicked, this, &DocumentsTab::askWithdrawal);
    connect(m_keep, &QPushButton::clicked, this, [this](bool kept) {
        showProblem(setKeptOffline(m_table->currentRow(), kept));
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const bool saved
            = row >= 0 && row < m_file->documents.size() && !m_file->documents.at(row).isNew;
        const bool withdrawn = saved && m_file->documents.at(row).isWithdrawn();
        m_withdraw->setEnabled(saved && !withdrawn);
        m_keep->setEnabled(saved && !withdrawn);
        m_keep->setChecked(saved && !withdrawn
                           && m_store.isKeptOffline(m_file->documents.at(row).contentSha256));
    });
    updateCategoryHint();
}

void DocumentsTab::updateCategoryHint()
{
    const QString category = m_category->currentData().toString();
    // What the law lets into the file, said where the choice is made.
    if (category == QLatin1String("absences"))
        m_hint->setText(Tr::tr("Only the decision: the type of leave and its dates. Never a "
                               "medical certificate or a diagnosis."));
    else if (category == QLatin1String("evaluations"))
        m_hint->setText(Tr::tr("The signed evaluation report. No political, union, religious or "
                               "philosophical opinion."));
    else
        m_hint->clear();
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void DocumentsTab::refresh()
{
    const QLocale locale;
    m_table->setRowCount(int(m_file->documents.size()));
    for (int i = 0; i < m_file->documents.size(); ++i) {
        const AgentDocument &d = m_file->documents.at(i);
        // A withdrawn piece keeps its place in the numbering, and says why it is empty.
        const QString title = d.isWithdrawn()
                                  ? Tr::tr("%1 — withdrawn on %2: %3 (%4)")
                                        .arg(d.title,
                                             locale.toString(d.withdrawnOn, QLocale::ShortFormat),
                                             d.withdrawalReason,
                                             d.withdrawalDecision)
                                  : d.title;
        const QStringList cells
            = {QString::number(d.sequenceNumber),
               HrCodes::label(HrCodes::DocumentCategory, d.category),
               title,
               locale.toString(d.documentDate, QLocale::ShortFormat),
               d.isWithdrawn() ? QString() : locale.formattedDataSize(d.byteSize)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (d.isNew)
                item->setToolTip(
                    Tr::tr("Not saved yet: the number is given when the file is saved"));
            if (d.isWithdrawn()) {
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                item->setToolTip(title);
            }
            m_table->setItem(i, c, item);
        }
    }
    m_withdraw->setEnabled(false);
    m_keep->setEnabled(false);
    m_problem->hide();
}

QString DocumentsTab::addDocumentFile(const QString &path,
                                      const QString &category,
                                      const QString &title,
                                      QDate date)
{
    if (title.trimmed().isEmpty())
        return Tr::tr("Give the document a title before choosing the file.");
    if (!date.isValid())
        return Tr::tr("Give the date of the document.");
    AgentDocument d;
    QString error;
    if (!m_store.readDocumentFile(path, &d, &error))
        return error;
    d.category = category;
    d.title = title.trimmed();
    d.documentDate = date;
    d.sequenceNumber = m_file->nextDocumentNumber();
    m_file->documents.append(d);
    refresh();
    emit changed();
    return {};
}

void DocumentsTab::chooseFile()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty()) {
        problem = Tr::tr("Give the document a title before choosing the file.");
    } else {
        const QString path = QFileDialog::getOpenFileName(
            this,
            Tr::tr("Add a document to the file"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            Tr::tr("Documents (*.pdf *.jpg *.jpeg *.png)"));
        if (path.isEmpty())
            return;
        problem = addDocumentFile(
            path, m_category->currentData().toString(), m_title->text(), m_date->optionalDate());
        if (problem.isEmpty())
            m_title->clear();
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QDialog *DocumentsTab::view(int row)
{
    if (row < 0 || row >= m_file->documents.size())
        return nullptr;
    AgentDocument d = m_file->documents.at(row);
    if (d.isWithdrawn())
        return nullptr;
    if (d.content.isEmpty())
        d.content = m_store.documentContent(d.id);
    if (d.content.isEmpty())
        return nullptr;
    auto *viewer = new DocumentViewer(d, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    return viewer;
}

void DocumentsTab::open(int row)
{
    if (row < 0 || row >= m_file->documents.size())
        return;
    const AgentDocument &d = m_file->documents.at(row);
    if (d.isWithdrawn()) {
        showProblem(Tr::tr("Piece %1 was withdrawn on %2 (%3): its content is no longer kept.")
                        .arg(d.sequenceNumber)
                        .arg(QLocale().toString(d.withdrawnOn, QLocale::ShortFormat),
                             d.withdrawalDecision));
        return;
    }
    if (QDialog *viewer = view(row)) {
        viewer->open();
        return;
    }
    if (!m_files) {
        showProblem(Tr::tr("This piece is not on this desk, and this desk works without a "
                           "server."));
        return;
    }
    auto *progress
        = new QProgressDialog(Tr::tr("Fetching piece %1 from the server…").arg(d.sequenceNumber),
                              Tr::tr("Cancel"),
                              0,
                              100,
                              this);
    progress->setObjectName(QStringLiteral("documentFetch"));
    progress->setWindowTitle(Tr::tr("Piece %1").arg(d.sequenceNumber));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    FileFetch *fetch = m_files->fetch(d.contentSha256);
    const QString id = d.id;
    connect(progress, &QProgressDialog::canceled, fetch, &FileFetch::cancel);
    connect(fetch, &FileFetch::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(fetch, &FileFetch::finished, this, [this, progress, id] {
        progress->close();
        for (int i = 0; i < m_file->documents.size(); ++i) {
            if (m_file->documents.at(i).id == id) {
                if (QDialog *viewer = view(i))
                    viewer->open();
            }
        }
    });
    connect(fetch, &FileFetch::failed, this, [this, progress](const QString &reason) {
        const bool cancelled = progress->wasCanceled();
        progress->close();
        if (!cancelled)
            showProblem(reason);
    });
}

QString DocumentsTab::withdraw(int row, const QString &reason, const QString &decision)
{
    if (row < 0 || row >= m_file->documents.size() || m_file->documents.at(row).isNew)
        return Tr::tr("Choose a saved piece.");
    AgentDocument &d = m_file->documents[row];
    const Result<void> done = m_store.withdrawDocument(d.id, reason, decision);
    if (!done.ok())
        return done.error();
    d.withdrawnOn = QDate::currentDate();
    d.withdrawalReason = reason.trimmed();
    d.withdrawalDecision = decision.trimmed();
    d.contentSha256.clear();
    d.content.clear();
    refresh();
    return {};
}

QString DocumentsTab::setKeptOffline(int row, bool kept)
{
    if (row < 0 || row >= m_file->documents.size())
        return {};
    const AgentDocument &d = m_file->documents.at(row);
    const Result<void> done = m_store.keepOffline(d.contentSha256, kept);
    if (!done.ok() && kept && m_files) {
        // Not here yet: fetched first, then kept.
        FileFetch *fetch = m_files->fetch(d.contentSha256);
        const QString sha256 = d.contentSha256;
        connect(fetch, &FileFetch::finished, this, [this, sha256] {
            showProblem(m_store.keepOffline(sha256, true).ok() ? QString() : Tr::tr("Not kept."));
        });
        connect(fetch, &FileFetch::failed, this, &DocumentsTab::showProblem);
        return {};
    }
    return done.ok() ? QString() : done.error();
}

void DocumentsTab::askWithdrawal()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_file->documents.size())
        return;
    const AgentDocument &d = m_file->documents.at(row);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("withdrawalDialog"));
    dialog.setWindowTitle(Tr::tr("Withdraw piece %1").arg(d.sequenceNumber));
    auto *explanation = new QLabel(
        Tr::tr("Piece %1, “%2”, leaves the file: its content is deleted from the server at "
               "the next synchronisation and from every desk at theirs (unless another piece "
               "holds the very same file). Its number stays, marked withdrawn, with the reason "
               "and the decision below. This cannot be undone.")
            .arg(d.sequenceNumber)
            .arg(d.title),
        &dialog);
    explanation->setWordWrap(true);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("withdrawalReason"));
    reason->setAccessibleName(Tr::tr("Reason"));
    reason->setMaxLength(1000);
    reason->setPlaceholderText(Tr::tr("e.g. Sanction amnestied"));
    auto *decision = new QLineEdit(&dialog);
    decision->setObjectName(QStringLiteral("withdrawalDecision"));
    decision->setAccessibleName(Tr::tr("Decision"));
    decision->setMaxLength(200);
    decision->setPlaceholderText(Tr::tr("e.g. Arrêté n° 2026-123 of 12 March 2026"));
    auto *problem = new QLabel(&dialog);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->setWordWrap(true);
    problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *confirm = buttons->addButton(Tr::tr("Withdraw"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmWithdrawal"));
    auto *form = new QFormLayout;
    form->addRow(Tr::tr("Reason"), reason);
    form->addRow(Tr::tr("Decision"), decision);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(confirm, &QPushButton::clicked, &dialog, [&] {
        const QString refused = withdraw(row, reason->text(), decision->text());
        problem->setText(refused);
        problem->setVisible(!refused.isEmpty());
        if (refused.isEmpty())
            dialog.accept();
    });
    dialog.exec();
}

void DocumentsTab::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void DocumentsTab::setReadOnly(bool readOnly)
{
    m_form->setVisible(!readOnly);
    m_withdraw->setVisible(!readOnly);
}

} // namespace Civitas::Hr::Internal
