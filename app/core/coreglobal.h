#pragma once

#include <QtGlobal>

#if defined(CIVITAS_CORE_LIBRARY)
#define CIVITAS_CORE_EXPORT Q_DECL_EXPORT
#else
#define CIVITAS_CORE_EXPORT Q_DECL_IMPORT
#endif
