-- norm_squared in LuaJIT
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

local x = {}
for i = 0, N - 1 do x[i + 1] = gen(i, 7919, 10007) end

local function norm_squared(v)
  local s = 0.0
  for i = 1, #v do s = s + v[i] * v[i] end
  return s
end

bench(norm_squared, x)
