#pragma once

#include "coreglobal.h"

#include <QString>

namespace Civitas {

// Loads the interface language: Civitas' own .qm files and Qt's. French unless told
// otherwise (CIVITAS_LANG, the --lang option, or the user's setting).
namespace Translations {
CIVITAS_CORE_EXPORT QString directory();
// Installs translators on the running application; returns false when the files are missing.
CIVITAS_CORE_EXPORT bool install(const QString &language);
CIVITAS_CORE_EXPORT QString defaultLanguage();
} // namespace Translations

} // namespace Civitas
