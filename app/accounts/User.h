#pragma once

// The user and role types live in the core (app/core/User.h), where the store can read them.
#include "core/User.h"
