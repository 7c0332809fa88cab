-- mandelbrot in LuaJIT (complex arithmetic spelled out; hypot from libm like Python's abs)
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

ffi.cdef "double hypot(double x, double y);"
local hypot = ffi.C.hypot

local function pixel(cr, ci, max_iter)
  local zr, zi = 0.0, 0.0
  for i = 0, max_iter - 1 do
    zr, zi = zr * zr - zi * zi + cr, zr * zi + zi * zr + ci
    if hypot(zr, zi) > 2.0 then return i end
  end
  return max_iter
end

local function mandelbrot_set(xmin, xmax, ymin, ymax, width, height, max_iter)
  local total = 0
  local dx = (xmax - xmin) / width
  local dy = (ymax - ymin) / height
  for j = 0, height - 1 do
    for i = 0, width - 1 do
      total = total + pixel(xmin + i * dx, ymin + j * dy, max_iter)
    end
  end
  return total
end

bench(mandelbrot_set, -2.0, 1.0, -1.5, 1.5, N, N, 256)
