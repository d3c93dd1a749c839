#pragma once

#include <core/extension/settingspage.h>
#include <core/storage/townidentity.h>

#include <QHash>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Civitas {

class Database;
class Session;

// The town's identity on its official papers: name, INSEE code, SIRET, postal address
// (TownIdentity, town settings synchronised to every desk) and logo (TownLogo). On a server only an
// administrator changes it, and the server checks it again; elsewhere the page only shows it. Each
// field says what is wrong with it as it is typed.
class TownIdentitySettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    TownIdentitySettingsPage(Database &database, const Session &session, QWidget *parent = nullptr);

    bool isEditable() const { return m_editable; }
    TownIdentity identity() const;
    bool canApply() override;
    void apply() override;

    // Shows the picture at `path` as the logo to save, or why it cannot be (the "Choose…"
    // button calls it with the file picked). Whether it was taken.
    bool chooseLogo(const QString &path);
    // No logo once saved.
    void removeLogo();

private:
    QWidget *makeLogoBox();
    void showLogo(const QImage &image, const QString &caption);

    // Shows each field's problem under it; true when there is none.
    bool showProblems();

    Database &m_database;
    bool m_editable = true;
    QLineEdit *m_name;
    QLineEdit *m_inseeCode;
    QLineEdit *m_siret;
    QPlainTextEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_city;
    QHash<QString, QLabel *> m_problems; // by town setting key
    QLabel *m_saveError;
    QLabel *m_logoPreview = nullptr;
    QLabel *m_logoCaption = nullptr;
    QLabel *m_logoProblem = nullptr;
    QPushButton *m_removeLogo = nullptr;
    // What apply() does to the logo: nothing, set the picture at this path, or remove it.
    enum class LogoChange { None, Set, Remove } m_logoChange = LogoChange::None;
    QString m_logoPath;
};

} // namespace Civitas
