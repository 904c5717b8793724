// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Connection URLs (sqlite:, postgres://, mariadb://, with query options). A URL the library
// refuses raises one of the Errors classes, and its message never holds the password.

#include "fuzzsupport.h"

#include <QtSequelize/Errors>
#include <QtSequelize/SequelizeOptions>

#include <QtCore/qurl.h>

#include <cstdio>
#include <cstdlib>

using namespace QtSequelize;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString url = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const SequelizeOptions options = SequelizeOptions::fromUrl(url);
        (void)options.databaseName();
    } catch (const BaseError &error) {
        const QString password = QUrl(url).password();
        if (password.size() >= 4
            && (error.message().contains(password)
                || QString::fromUtf8(error.what()).contains(password))) {
            std::fprintf(stderr, "The password reached an error message: %s\n", error.what());
            std::abort();
        }
    }
    return 0;
}
