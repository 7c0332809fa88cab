-- n-body in LuaJIT
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

local sqrt = math.sqrt
local PI = 3.14159265358979323
local SOLAR_MASS = 4.0 * PI * PI
local DPY = 365.24
local init = {
  {0, 0, 0, 0, 0, 0, SOLAR_MASS},
  {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
   1.66007664274403694e-03 * DPY, 7.69901118419740425e-03 * DPY, -6.90460016972063023e-05 * DPY,
   9.54791938424326609e-04 * SOLAR_MASS},
  {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
   -2.76742510726862411e-03 * DPY, 4.99852801234917238e-03 * DPY, 2.30417297573763929e-05 * DPY,
   2.85885980666130812e-04 * SOLAR_MASS},
  {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
   2.96460137564761618e-03 * DPY, 2.37847173959480950e-03 * DPY, -2.96589568540237556e-05 * DPY,
   4.36624404335156298e-05 * SOLAR_MASS},
  {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
   2.68067772490389322e-03 * DPY, 1.62824170038242295e-03 * DPY, -9.51592254519715870e-05 * DPY,
   5.15138902046611451e-05 * SOLAR_MASS},
}
local NB = #init

local function nbody(steps)
  local x, y, z, vx, vy, vz, m = {}, {}, {}, {}, {}, {}, {}
  for i = 1, NB do
    local b = init[i]
    x[i], y[i], z[i], vx[i], vy[i], vz[i], m[i] = b[1], b[2], b[3], b[4], b[5], b[6], b[7]
  end
  local px, py, pz = 0.0, 0.0, 0.0
  for i = 1, NB do px = px + vx[i] * m[i]; py = py + vy[i] * m[i]; pz = pz + vz[i] * m[i] end
  vx[1], vy[1], vz[1] = -px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS
  local dt = 0.01
  for _ = 1, steps do
    for i = 1, NB do
      for j = i + 1, NB do
        local dx, dy, dz = x[i] - x[j], y[i] - y[j], z[i] - z[j]
        local d2 = dx * dx + dy * dy + dz * dz
        local mag = dt / (d2 * sqrt(d2))
        local mi, mj = m[i] * mag, m[j] * mag
        vx[i] = vx[i] - dx * mj; vy[i] = vy[i] - dy * mj; vz[i] = vz[i] - dz * mj
        vx[j] = vx[j] + dx * mi; vy[j] = vy[j] + dy * mi; vz[j] = vz[j] + dz * mi
      end
    end
    for i = 1, NB do
      x[i] = x[i] + dt * vx[i]; y[i] = y[i] + dt * vy[i]; z[i] = z[i] + dt * vz[i]
    end
  end
  local e = 0.0
  for i = 1, NB do
    e = e + 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i])
    for j = i + 1, NB do
      local dx, dy, dz = x[i] - x[j], y[i] - y[j], z[i] - z[j]
      e = e - m[i] * m[j] / sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  return e
end

bench(nbody, N)
