-- Black-Scholes in LuaJIT
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk, bench_timespec *ts);
]]
local ts = ffi.new("bench_timespec")
local function now()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) * 1e-9
end

local N = tonumber(arg[1]) or 1000
local BUDGET = tonumber(arg[2]) or 0.2

-- ((i * mul) % mod) / mod: the inputs of every implementation
local function gen(i, mul, mod) return ((i * mul) % mod) / mod end

-- The protocol (bench/harness/bh.h): a first call, then warm calls for
-- BUDGET seconds (at least one); prints the times and the checksum.
local function bench(fn, ...)
  local t0 = now()
  local r = fn(...)
  local first = now() - t0
  local best, total, reps = 1e300, 0.0, 0
  while reps < 1 or (total < BUDGET and reps < 1000) do
    t0 = now()
    r = fn(...)
    local dt = now() - t0
    if dt < best then best = dt end
    total = total + dt
    reps = reps + 1
  end
  print(string.format("first_s=%.9f", first))
  print(string.format("time_s=%.9f", best))
  print(string.format("reps=%d", reps))
  print(string.format("checksum=%.17g", r))
end

local sqrt, log, exp, abs = math.sqrt, math.log, math.exp, math.abs
local S, X, T, out = {}, {}, {}, {}
for i = 0, N - 1 do
  S[i + 1] = 50.0 + 100.0 * gen(i, 7919, 10007)
  X[i + 1] = 50.0 + 100.0 * gen(i, 104729, 10009)
  T[i + 1] = 0.1 + 2.0 * gen(i, 6007, 10037)
  out[i + 1] = 0.0
end

local function cnd(d)
  local A1, A2, A3, A4, A5 = 0.31938153, -0.356563782, 1.781477937, -1.821255978, 1.330274429
  local RSQRT2PI = 0.39894228040143267793994605993438
  local K = 1.0 / (1.0 + 0.2316419 * abs(d))
  local ret = RSQRT2PI * exp(-0.5 * d * d) * (K * (A1 + K * (A2 + K * (A3 + K * (A4 + K * A5)))))
  if d > 0 then ret = 1.0 - ret end
  return ret
end

local function black_scholes()
  local R, V = 0.02, 0.3
  for i = 1, N do
    local sqrtT = sqrt(T[i])
    local d1 = (log(S[i] / X[i]) + (R + 0.5 * V * V) * T[i]) / (V * sqrtT)
    local d2 = d1 - V * sqrtT
    out[i] = S[i] * cnd(d1) - X[i] * exp(-R * T[i]) * cnd(d2)
  end
  local s = 0.0
  for i = 1, N do s = s + out[i] end
  return s
end

bench(black_scholes)
