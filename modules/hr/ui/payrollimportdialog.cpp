#include "payrollimportdialog.h"
#include <hr/hrtr.h>

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Civitas::Hr::Internal {

namespace {

constexpr int PreviewRows = 50;

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

} // namespace

PayrollImportDialog::PayrollImportDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_import(database)
{
    setObjectName(QStringLiteral("payrollImportDialog"));
    setWindowTitle(Tr::tr("Import agents from payroll"));
    resize(900, 640);

    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));

    // The file and its encoding.
    auto *filePage = new QWidget;
    auto *fileForm = new QFormLayout(filePage);
    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setAccessibleName(Tr::tr("CSV file"));
    m_fileEdit->setPlaceholderText(Tr::tr("The CSV file exported by the payroll program"));
    auto *browse = new QPushButton(Tr::tr("&Browse..."));
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAccessibleName(Tr::tr("Choose the CSV file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit);
    fileRow->addWidget(browse);
    fileForm->addRow(Tr::tr("&File:"), fileRow);
    m_encodingCombo = new QComboBox;
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->setAccessibleName(Tr::tr("Encoding"));
    for (PayrollImport::Encoding e : {PayrollImport::Encoding::Automatic,
                                      PayrollImport::Encoding::Utf8,
                                      PayrollImport::Encoding::Windows1252})
        m_encodingCombo->addItem(PayrollImport::encodingLabel(e), int(e));
    fileForm->addRow(Tr::tr("&Encoding:"), m_encodingCombo);
    m_fileInfo = new QLabel;
    m_fileInfo->setObjectName(QStringLiteral("fileInfoLabel"));
    m_fileInfo->setWordWrap(true);
    fileForm->addRow(m_fileInfo);
    m_steps->addWidget(filePage);

    // One combo box per field, pre-filled with the guess.
    auto *mappingPage = new QWidget;
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    auto *mappingHelp
        = new QLabel(Tr::tr("Which column of the file holds each field? The registration number "
                            "is required: lines are matched to agents by it."));
    mappingHelp->setWordWrap(true);
    mappingLayout->addWidget(mappingHelp);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto *mappingWidget = new QWidget;
    auto *mappingForm = new QFormLayout(mappingWidget);
    for (int f = 0; f < PayrollImport::FieldCount; ++f) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mapping_%1").arg(f));
        const QString label = PayrollImport::fieldLabel(PayrollImport::Field(f));
        combo->setAccessibleName(Tr::tr("Column of %1").arg(label));
        mappingForm->addRow(PayrollImport::isRequired(PayrollImport::Field(f))
                                ? Tr::tr("%1 (required):").arg(label)
                                : Tr::tr("%1:").arg(label),
                            combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, f] { mappingChanged(f); });
        m_mappingCombos.append(combo);
    }
    scroll->setWidget(mappingWidget);
    mappingLayout->addWidget(scroll);
    m_steps->addWidget(mappingPage);

    // Preview and report.
    auto *reviewPage = new QWidget;
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    reviewLayout->addWidget(m_counts);
    auto *splitter = new QSplitter(Qt::Vertical);
    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(Tr::tr("Preview of the first lines"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report = new QTableWidget(0, 4);
    m_report->setObjectName(QStringLiteral("reportTable"));
    m_report->setAccessibleName(Tr::tr("Problems found, line by line"));
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setHorizontalHeaderLabels(
        {Tr::tr("Line"), Tr::tr("Level"), Tr::tr("Column"), Tr::tr("Message")});
    m_report->horizontalHeader()->setStretchLastSection(true);
    m_report->verticalHeader()->hide();
    splitter->addWidget(m_preview);
    splitter->addWidget(m_report);
    reviewLayout->addWidget(splitter);
    m_steps->addWidget(reviewPage);

    // Progress.
    auto *progressPage = new QWidget;
    auto *progressLayout = new QVBoxLayout(progressPage);
    progressLayout->addStretch();
    progressLayout->addWidget(new QLabel(Tr::tr("Writing the agent files...")));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(Tr::tr("Import progress"));
    progressLayout->addWidget(m_progress);
    m_cancelImportButton = new QPushButton(Tr::tr("&Cancel the import"));
    m_cancelImportButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelImportButton->setAccessibleName(Tr::tr("Cancel the import"));
    progressLayout->addWidget(m_cancelImportButton, 0, Qt::AlignRight);
    progressLayout->addStretch();
    m_steps->addWidget(progressPage);

    // Summary.
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignCenter);
    m_steps->addWidget(m_summary);

    m_backButton = new QPushButton(Tr::tr("< &Back"));
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAccessibleName(Tr::tr("Back"));
    m_nextButton = new QPushButton(Tr::tr("&Next >"));
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setAccessibleName(Tr::tr("Next"));
    m_importButton = new QPushButton(Tr::tr("&Import"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setAccessibleName(Tr::tr("Import"));
    m_closeButton = new QPushButton(Tr::tr("Close"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(Tr::tr("Close"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, &PayrollImportDialog::chooseFile);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_fileEdit->text().isEmpty())
            loadFile(m_fileEdit->text());
    });
    connect(m_encodingCombo,
            &QComboBox::currentIndexChanged,
            this,
            &PayrollImportDialog::encodingChanged);
    connect(m_backButton, &QPushButton::clicked, this, &PayrollImportDialog::back);
    connect(m_nextButton, &QPushButton::clicked, this, &PayrollImportDialog::next);
    connect(m_importButton, &QPushButton::clicked, this, &PayrollImportDialog::runImport);
    connect(m_closeButton, &QPushButton::clicked, this, &PayrollImportDialog::reject);
    connect(
        m_cancelImportButton, &QPushButton::clicked, this, [this] { m_cancelRequested = true; });

    goTo(FileStep);
}

PayrollImportDialog::Step PayrollImportDialog::step() const
{
    return Step(m_steps->currentIndex());
}

void PayrollImportDialog::setFile(const QString &path)
{
    m_fileEdit->setText(path);
    loadFile(path);
}

void PayrollImportDialog::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this,
                                       Tr::tr("Payroll export"),
                                       m_fileEdit->text(),
                                       Tr::tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void PayrollImportDialog::loadFile(const QString &path)
{
    QString error;
    if (!m_import.readFile(path, &error)) {
        m_fileInfo->setText(error);
        goTo(FileStep);
        return;
    }
    encodingChanged();
    goTo(MappingStep);
}

void PayrollImportDialog::encodingChanged()
{
    m_import.setEncoding(PayrollImport::Encoding(m_encodingCombo->currentData().toInt()));
    const QChar separator = m_import.separator();
    const QString separatorName
        = separator == QLatin1Char('\t') ? Tr::tr("tab") : QStringLiteral("\"%1\"").arg(separator);
    m_fileInfo->setText(
        Tr::tr("%n line(s) read as %1, fields separated by %2.", nullptr, m_import.recordCount())
            .arg(PayrollImport::encodingLabel(m_import.effectiveEncoding()), separatorName));
    fillMapping();
    m_analysisDirty = true;
    updateButtons();
}

void PayrollImportDialog::fillMapping()
{
    const QStringList header = m_import.header();
    for (int f = 0; f < m_mappingCombos.size(); ++f) {
        QComboBox *combo = m_mappingCombos.at(f);
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(Tr::tr("(not in the file)"), -1);
        for (int c = 0; c < header.size(); ++c)
            combo->addItem(header.at(c).isEmpty() ? Tr::tr("Column %1").arg(c + 1) : header.at(c),
                           c);
        combo->setCurrentIndex(qMax(0, combo->findData(m_import.column(PayrollImport::Field(f)))));
    }
}

void PayrollImportDialog::mappingChanged(int field)
{
    m_import.setColumn(PayrollImport::Field(field),
                       m_mappingCombos.at(field)->currentData().toInt());
    m_analysisDirty = true;
    updateButtons();
}

void PayrollImportDialog::analyse()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_import.analyse();
    QApplication::restoreOverrideCursor();
    m_analysisDirty = false;
    fillPreview();
    fillReport();
    m_counts->setText(
        Tr::tr("%n to create", nullptr, m_import.createCount()) + QStringLiteral(", ")
        + Tr::tr("%n to update", nullptr, m_import.updateCount()) + QStringLiteral(", ")
        + Tr::tr("%n unchanged", nullptr, m_import.unchangedCount()) + QStringLiteral(", ")
        + Tr::tr("%n error(s)", nullptr, m_import.errorCount()) + QStringLiteral(", ")
        + Tr::tr("%n warning(s)", nullptr, m_import.warningCount()));
}

void PayrollImportDialog::fillPreview()
{
    QList<PayrollImport::Field> fields;
    QStringList labels{Tr::tr("Line"), Tr::tr("Result"), Tr::tr("Changes")};
    for (int f = 0; f < PayrollImport::FieldCount; ++f) {
        if (m_import.column(PayrollImport::Field(f)) >= 0) {
            fields << PayrollImport::Field(f);
            labels << PayrollImport::fieldLabel(PayrollImport::Field(f));
        }
    }
    const QList<PayrollImport::LineResult> results = m_import.results();
    const int rows = qMin(PreviewRows, m_import.recordCount());
    m_preview->clear();
    m_preview->setColumnCount(int(labels.size()));
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        m_preview->setItem(r, 0, item(QString::number(m_import.recordLine(r))));
        const PayrollImport::LineResult result = results.value(r);
        QString outcome;
        switch (result.outcome) {
        case PayrollImport::Outcome::Create:
            outcome = Tr::tr("New agent");
            break;
        case PayrollImport::Outcome::Update:
            outcome = Tr::tr("Update");
            break;
        case PayrollImport::Outcome::Unchanged:
            outcome = Tr::tr("Unchanged");
            break;
        case PayrollImport::Outcome::Rejected:
            outcome = Tr::tr("Error");
            break;
        }
        QTableWidgetItem *outcomeItem = item(outcome);
        if (result.outcome == PayrollImport::Outcome::Rejected)
            outcomeItem->setForeground(QColor(0xb0, 0x00, 0x20));
        m_preview->setItem(r, 1, outcomeItem);
        QStringList changes;
        for (const PayrollImport::Change &c : result.changes)
            changes << Tr::tr("%1: %2 → %3")
                           .arg(c.what, c.before.isEmpty() ? Tr::tr("(none)") : c.before, c.after);
        m_preview->setItem(r, 2, item(changes.join(QStringLiteral("; "))));
        for (int c = 0; c < fields.size(); ++c)
            m_preview->setItem(r, 3 + c, item(m_import.value(r, fields.at(c))));
    }
    m_preview->resizeColumnsToContents();
}

void PayrollImportDialog::fillReport()
{
    const QList<PayrollImport::Problem> problems = m_import.problems();
    m_report->setRowCount(int(problems.size()));
    for (int r = 0; r < problems.size(); ++r) {
        const PayrollImport::Problem &p = problems.at(r);
        const bool error = p.level == PayrollImport::Level::Error;
        const QList<QTableWidgetItem *> items{
            item(p.line > 0 ? QString::number(p.line) : Tr::tr("file")),
            item(error ? Tr::tr("Error") : Tr::tr("Warning")),
            item(p.column),
            item(p.message)};
        for (int c = 0; c < items.size(); ++c) {
            if (error)
                items.at(c)->setForeground(QColor(0xb0, 0x00, 0x20));
            m_report->setItem(r, c, items.at(c));
        }
    }
    m_report->resizeColumnToContents(0);
    m_report->resizeColumnToContents(1);
    m_report->resizeColumnToContents(2);
}

void PayrollImportDialog::goTo(Step step)
{
    if (step == ReviewStep && m_analysisDirty)
        analyse();
    m_steps->setCurrentIndex(step);
    updateButtons();
}

void PayrollImportDialog::next()
{
    if (step() == FileStep)
        loadFile(m_fileEdit->text());
    else if (step() == MappingStep)
        goTo(ReviewStep);
}

void PayrollImportDialog::back()
{
    if (step() == MappingStep)
        goTo(FileStep);
    else if (step() == ReviewStep)
        goTo(MappingStep);
}

void PayrollImportDialog::updateButtons()
{
    const Step s = step();
    m_backButton->setVisible(s == MappingStep || s == ReviewStep);
    m_nextButton->setVisible(s == FileStep || s == MappingStep);
    m_nextButton->setEnabled(s == MappingStep
                                 ? m_import.column(PayrollImport::RegistrationNumber) >= 0
                                 : !m_fileEdit->text().isEmpty());
    m_importButton->setVisible(s == ReviewStep);
    // Nothing is written while a line has a blocking problem.
    m_importButton->setEnabled(s == ReviewStep && !m_analysisDirty && m_import.canApply()
                               && m_import.createCount() + m_import.updateCount() > 0);
    m_closeButton->setEnabled(s != ProgressStep);
    m_closeButton->setText(s == SummaryStep ? Tr::tr("Close") : Tr::tr("Cancel"));
}

void PayrollImportDialog::runImport()
{
    if (!m_import.canApply())
        return;
    m_importing = true;
    m_cancelRequested = false;
    m_progress->setRange(0, m_import.createCount() + m_import.updateCount());
    m_progress->setValue(0);
    goTo(ProgressStep);
    QString error;
    const PayrollImport::ApplyResult result = m_import.apply(
        [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            // The import runs on this thread: events keep the window alive and let Cancel in.
            QCoreApplication::processEvents();
            return !m_cancelRequested;
        },
        &error);
    m_importing = false;
    switch (result) {
    case PayrollImport::ApplyResult::Applied:
        m_summary->setText(Tr::tr("%n agent(s) created", nullptr, m_import.createCount())
                           + QStringLiteral(", ")
                           + Tr::tr("%n updated.", nullptr, m_import.updateCount()));
        break;
    case PayrollImport::ApplyResult::Cancelled:
    case PayrollImport::ApplyResult::Failed:
        m_summary->setText(error);
        break;
    }
    goTo(SummaryStep);
    if (result == PayrollImport::ApplyResult::Applied)
        setResult(QDialog::Accepted);
}

void PayrollImportDialog::reject()
{
    // Closing the window while writing cancels the import rather than leaving it half done.
    if (m_importing) {
        m_cancelRequested = true;
        return;
    }
    if (step() == SummaryStep && result() == QDialog::Accepted) {
        accept();
        return;
    }
    QDialog::reject();
}

} // namespace Civitas::Hr::Internal
