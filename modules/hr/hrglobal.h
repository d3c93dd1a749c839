#pragma once

#include <QtGlobal>

#if defined(CIVITAS_HR_LIBRARY)
#define CIVITAS_HR_EXPORT Q_DECL_EXPORT
#else
#define CIVITAS_HR_EXPORT Q_DECL_IMPORT
#endif
