# outcmp: exact
# n-body (5 bodies) on float64 arrays, undecorated: the JIT traces the
# pair loop and the update loop over NumPy arrays. (float() around the
# math.sqrt arguments: streak's math.sqrt rejects np.float64 today.)
import math
import numpy as np
SOLAR_MASS = 4.0 * 3.14159265358979323 * 3.14159265358979323
DAYS_PER_YEAR = 365.24
BODIES = [
    # x, y, z, vx, vy, vz, mass: the Sun, Jupiter, Saturn, Uranus, Neptune
    (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS),
    (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
     1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
     -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS),
    (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
     -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
     2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS),
    (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
     2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
     -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS),
    (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
     2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
     -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS),
]


def advance(x, y, z, vx, vy, vz, m, dt, steps):
    nb = len(m)
    for _ in range(steps):
        for i in range(nb):
            for j in range(i + 1, nb):
                dx = x[i] - x[j]
                dy = y[i] - y[j]
                dz = z[i] - z[j]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(float(d2)))
                mi = m[i] * mag
                mj = m[j] * mag
                vx[i] -= dx * mj
                vy[i] -= dy * mj
                vz[i] -= dz * mj
                vx[j] += dx * mi
                vy[j] += dy * mi
                vz[j] += dz * mi
        for i in range(nb):
            x[i] += dt * vx[i]
            y[i] += dt * vy[i]
            z[i] += dt * vz[i]


def energy(x, y, z, vx, vy, vz, m):
    e = 0.0
    nb = len(m)
    for i in range(nb):
        e += 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i])
        for j in range(i + 1, nb):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            dz = z[i] - z[j]
            e -= m[i] * m[j] / math.sqrt(float(dx * dx + dy * dy + dz * dz))
    return e


def nbody(steps, x0, y0, z0, vx0, vy0, vz0, m):
    x, y, z = np.array(x0), np.array(y0), np.array(z0)
    vx, vy, vz = np.array(vx0), np.array(vy0), np.array(vz0)
    m = np.array(m)
    px = py = pz = 0.0
    for i in range(len(m)):
        px += vx[i] * m[i]
        py += vy[i] * m[i]
        pz += vz[i] * m[i]
    vx[0] = -px / SOLAR_MASS
    vy[0] = -py / SOLAR_MASS
    vz[0] = -pz / SOLAR_MASS
    e0 = energy(x, y, z, vx, vy, vz, m)
    advance(x, y, z, vx, vy, vz, m, 0.01, steps)
    return e0, energy(x, y, z, vx, vy, vz, m), x[1], vz[4]


cols = [[b[k] for b in BODIES] for k in range(7)]
print(nbody(300, *cols))
print(nbody(50, *cols))
