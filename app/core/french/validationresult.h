#pragma once

#include <QString>

namespace Civitas {

// What a form shows next to a field. A warning does not block saving: it flags a value that is
// well formed but deserves a second look (a temporary NIR, an older RNA form, a NIR that
// disagrees with the identity).
struct ValidationResult
{
    enum class Level { Valid, Warning, Invalid };

    Level level = Level::Valid;
    QString message;

    bool isValid() const { return level != Level::Invalid; }

    static ValidationResult valid() { return {}; }
    static ValidationResult warning(const QString &message) { return {Level::Warning, message}; }
    static ValidationResult invalid(const QString &message) { return {Level::Invalid, message}; }

    friend bool operator==(const ValidationResult &, const ValidationResult &) = default;
};

} // namespace Civitas
