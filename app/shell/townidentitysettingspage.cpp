#include "townidentitysettingspage.h"
#include "shelltr.h"

#include "serverprofile.h"

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/corelogging.h>
#include <core/files/townlogo.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Civitas {

namespace {

QLabel *problemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

} // namespace

TownIdentitySettingsPage::TownIdentitySettingsPage(Database &database,
                                                   const Session &session,
                                                   QWidget *parent)
    : SettingsPage(parent)
    , m_database(database)
    , m_name(new QLineEdit(this))
    , m_inseeCode(new QLineEdit(this))
    , m_siret(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_postcode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_saveError(problemLabel(this, QStringLiteral("townIdentitySaveError")))
{
    setObjectName(QStringLiteral("townIdentitySettings"));
    // The server refuses anybody else's change: the page does not offer it.
    m_editable = ServerProfile::load().mode != ServerProfile::Mode::Server
                 || session.hasRole(Roles::Administrator);

    const TownIdentity stored = TownIdentity::load(m_database);
    const struct
    {
        QLineEdit *edit;
        const char *name;
        QString value;
        QString placeholder;
        int maxLength;
    } lines[] = {
        {m_name, "townName", stored.name, QStringLiteral("Ville de …"), TownIdentity::NameLimit},
        {m_inseeCode, "townInseeCode", stored.inseeCode, QStringLiteral("69029"), 6},
        {m_siret, "townSiret", stored.siret, QStringLiteral("216 900 290 00018"), 20},
        {m_postcode, "townPostcode", stored.postcode, QStringLiteral("69500"), 6},
        {m_city, "townCity", stored.city, QString(), TownIdentity::NameLimit},
    };
    for (const auto &line : lines) {
        line.edit->setObjectName(QLatin1String(line.name));
        line.edit->setText(line.value);
        line.edit->setPlaceholderText(line.placeholder);
        line.edit->setMaxLength(line.maxLength);
        line.edit->setReadOnly(!m_editable);
        connect(line.edit, &QLineEdit::textChanged, this, [this] { showProblems(); });
    }
    m_address->setObjectName(QStringLiteral("townAddress"));
    m_address->setPlainText(stored.address);
    m_address->setReadOnly(!m_editable);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4);
    connect(m_address, &QPlainTextEdit::textChanged, this, [this] { showProblems(); });

    m_name->setAccessibleName(ShellTr::tr("Town's name"));
    m_inseeCode->setAccessibleName(ShellTr::tr("INSEE code"));
    m_siret->setAccessibleName(ShellTr::tr("SIRET"));
    m_address->setAccessibleName(ShellTr::tr("Address"));
    m_postcode->setAccessibleName(ShellTr::tr("Postcode"));
    m_city->setAccessibleName(ShellTr::tr("City"));

    auto *box = new QGroupBox(ShellTr::tr("The town on its official papers"), this);
    auto *form = new QFormLayout(box);
    const auto addRow = [&](const QString &label, QWidget *field, const QString &key) {
        form->addRow(label, field);
        QLabel *problem = problemLabel(box, key + QStringLiteral("Problem"));
        form->addRow(QString(), problem);
        m_problems.insert(key, problem);
    };
    addRow(ShellTr::tr("&Name:"), m_name, TownIdentity::NameKey);
    addRow(ShellTr::tr("&INSEE code:"), m_inseeCode, TownIdentity::InseeCodeKey);
    addRow(ShellTr::tr("&SIRET:"), m_siret, TownIdentity::SiretKey);
    addRow(ShellTr::tr("&Address:"), m_address, TownIdentity::AddressKey);
    addRow(ShellTr::tr("&Postcode:"), m_postcode, TownIdentity::PostcodeKey);
    addRow(ShellTr::tr("&City:"), m_city, TownIdentity::CityKey);

    auto *note = new QLabel(
        ShellTr::tr("Every desk prints these on the fiche agent, the attestation employeur and "
                    "the leave request form, the logo at their head. The INSEE code is the "
                    "commune's (not its "
                    "postcode); the SIRET is the town hall's."),
        this);
    if (!m_editable)
        note->setText(note->text() + QLatin1Char(' ')
                      + ShellTr::tr("They are the town's: an administrator sets them."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5a6778;"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(makeLogoBox());
    layout->addWidget(note);
    layout->addWidget(m_saveError);
    layout->addStretch();
    // A town whose identity was never set sees at once that its name is missing.
    if (m_editable)
        showProblems();
}

QWidget *TownIdentitySettingsPage::makeLogoBox()
{
    auto *box = new QGroupBox(ShellTr::tr("Logo"), this);
    m_logoPreview = new QLabel(box);
    m_logoPreview->setObjectName(QStringLiteral("townLogoPreview"));
    m_logoPreview->setFixedSize(180, 90);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid #c8ced6; background: white; }"));
    m_logoCaption = new QLabel(box);
    m_logoCaption->setObjectName(QStringLiteral("townLogoCaption"));
    m_logoCaption->setWordWrap(true);
    m_logoProblem = problemLabel(box, QStringLiteral("townLogoProblem"));

    auto *choose = new QPushButton(ShellTr::tr("C&hoose a picture…"), box);
    choose->setObjectName(QStringLiteral("chooseTownLogo"));
    m_removeLogo = new QPushButton(ShellTr::tr("&Remove the logo"), box);
    m_removeLogo->setObjectName(QStringLiteral("removeTownLogo"));
    choose->setVisible(m_editable);
    m_removeLogo->setVisible(m_editable);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this,
                                           ShellTr::tr("The town's logo"),
                                           QString(),
                                           ShellTr::tr("Pictures (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            chooseLogo(path);
    });
    connect(m_removeLogo, &QPushButton::clicked, this, &TownIdentitySettingsPage::removeLogo);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_logoCaption);
    buttons->addWidget(choose, 0, Qt::AlignLeft);
    buttons->addWidget(m_removeLogo, 0, Qt::AlignLeft);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_logoPreview);
    row->addLayout(buttons, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_logoProblem);

    const TownLogo logo(m_database);
    if (logo.file().isNull())
        showLogo({}, ShellTr::tr("No logo: the papers are headed with the town's name only."));
    else if (const QImage image = logo.image(); image.isNull())
        showLogo({},
                 ShellTr::tr("%1: not on this desk yet, it comes with the next "
                             "synchronisation.")
                     .arg(logo.fileName()));
    else
        showLogo(image, logo.fileName());
    return box;
}

void TownIdentitySettingsPage::showLogo(const QImage &image, const QString &caption)
{
    if (image.isNull())
        m_logoPreview->clear();
    else
        m_logoPreview->setPixmap(QPixmap::fromImage(image.scaled(
            m_logoPreview->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_logoCaption->setText(caption);
    m_removeLogo->setEnabled(!image.isNull() || m_logoChange == LogoChange::Set);
}

bool TownIdentitySettingsPage::chooseLogo(const QString &path)
{
    if (const QString problem = TownLogo::problemWith(path); !problem.isEmpty()) {
        m_logoProblem->setText(problem);
        m_logoProblem->show();
        return false;
    }
    m_logoProblem->hide();
    m_logoChange = LogoChange::Set;
    m_logoPath = path;
    showLogo(QImage(path),
             ShellTr::tr("%1: printed on the papers once saved.").arg(QFileInfo(path).fileName()));
    return true;
}

void TownIdentitySettingsPage::removeLogo()
{
    m_logoProblem->hide();
    m_logoChange = LogoChange::Remove;
    m_logoPath.clear();
    showLogo({}, ShellTr::tr("No logo once saved."));
    m_removeLogo->setEnabled(false);
}

TownIdentity TownIdentitySettingsPage::identity() const
{
    TownIdentity identity;
    identity.name = m_name->text();
    identity.inseeCode = m_inseeCode->text();
    identity.siret = m_siret->text();
    identity.address = m_address->toPlainText();
    identity.postcode = m_postcode->text();
    identity.city = m_city->text();
    return identity;
}

bool TownIdentitySettingsPage::showProblems()
{
    for (QLabel *label : std::as_const(m_problems))
        label->hide();
    const QList<TownIdentity::Problem> problems = identity().check();
    for (const TownIdentity::Problem &problem : problems) {
        if (QLabel *label = m_problems.value(problem.key)) {
            label->setText(problem.message);
            label->show();
        }
    }
    return problems.isEmpty();
}

bool TownIdentitySettingsPage::canApply()
{
    return !m_editable || showProblems();
}

void TownIdentitySettingsPage::apply()
{
    if (!m_editable)
        return;
    const Result<void> saved = identity().save(m_database);
    if (!saved) {
        qCWarning(lcStorage) << "town identity not saved:" << saved.error();
        m_saveError->setText(
            ShellTr::tr("The town's identity was not saved: %1").arg(saved.error()));
        m_saveError->show();
    }
    TownLogo logo(m_database);
    const Result<void> logoSaved = m_logoChange == LogoChange::Set      ? logo.set(m_logoPath)
                                   : m_logoChange == LogoChange::Remove ? logo.remove()
                                                                        : success();
    if (!logoSaved) {
        qCWarning(lcStorage) << "town logo not saved:" << logoSaved.error();
        m_logoProblem->setText(ShellTr::tr("The logo was not saved: %1").arg(logoSaved.error()));
        m_logoProblem->show();
        return;
    }
    m_logoChange = LogoChange::None;
}

} // namespace Civitas
