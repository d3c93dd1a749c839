#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Civitas {

// What a store or a rule answers: the value asked for, or why there is none, in words the user
// can be shown (already translated). The one error style of the project: no out-parameter, no
// bool with the reason lost. A Result that holds an error has no value; reading it is a bug.
template<typename T = void>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString message) { return Result(Failure{std::move(message)}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    // Empty when ok().
    const QString &error() const { return m_error; }

private:
    struct Failure
    {
        QString message;
    };
    explicit Result(Failure f)
        : m_error(std::move(f.message))
    {}

    std::optional<T> m_value;
    QString m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    static Result failure(QString message)
    {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(message);
        return r;
    }
    // A failure of another kind of result, passed on.
    template<typename U>
    static Result from(const Result<U> &other)
    {
        return other.ok() ? Result() : failure(other.error());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

// The success of a Result<void>, for readability at the return site.
inline Result<void> success()
{
    return {};
}

} // namespace Civitas
