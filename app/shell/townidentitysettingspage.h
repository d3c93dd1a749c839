#pragma once

#include <core/extension/settingspage.h>
#include <core/storage/townidentity.h>

#include <QHash>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Civitas {

class Database;
class Session;

// The town's identity on its official papers: name, INSEE code, SIRET, postal address
// (TownIdentity, town settings synchronised to every desk). On a server only an administrator
// changes it, and the server checks it again; elsewhere the page only shows it. Each field says
// what is wrong with it as it is typed.
class TownIdentitySettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    TownIdentitySettingsPage(Database &database, const Session &session, QWidget *parent = nullptr);

    bool isEditable() const { return m_editable; }
    TownIdentity identity() const;
    bool canApply() override;
    void apply() override;

private:
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
};

} // namespace Civitas
