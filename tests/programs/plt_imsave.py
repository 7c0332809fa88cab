# matplotlib.pyplot.imsave: colormaps, limits, origin, dtypes and RGB(A)
# images (the pixels are checked against matplotlib outside the corpus;
# here: the calls succeed and the errors match).
import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt

print(matplotlib.__version__)
np.random.seed(1)
z = np.random.randn(20, 30)
out = '/tmp/streak_plt_imsave_'
for cmap in ['viridis', 'magma', 'inferno', 'plasma', 'gray', 'hot', 'gray_r', 'jet']:
    print(cmap, plt.imsave(out + cmap + '.png', z, cmap=cmap))
print(plt.imsave(out + 'lim.png', z, vmin=-1, vmax=1, cmap='hot', origin='lower'))
print(plt.imsave(out + 'int.png', np.random.randint(0, 10, size=(5, 7))))
print(plt.imsave(out + 'u8.png', np.random.randint(0, 256, size=(4, 4), dtype=np.uint8), cmap='gray'))
print(plt.imsave(out + 'f32.png', np.array(z.tolist(), dtype=np.float32)))
print(plt.imsave(out + 'list.png', [[0, 1], [2, 3]], cmap=plt.get_cmap('magma')))
print(plt.imsave(out + 'rgb.png', np.random.random((6, 8, 3))))
print(plt.imsave(out + 'rgba.png', np.random.randint(0, 256, size=(6, 8, 4), dtype=np.uint8)))
print(plt.imsave(out + 'fmt', z, format='png'))
print(plt.get_cmap('hot').N, plt.get_cmap('viridis').name, plt.cm.gray.N, plt.get_cmap('tab10').N)

def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: plt.imsave(out + 'e.png', z, vmin=2, vmax=1))
attempt(lambda: plt.imsave(out + 'e.png', np.zeros((2, 2, 5))))
attempt(lambda: plt.imsave(out + 'e.png', np.zeros((2, 2, 3), dtype=np.int64)))
attempt(lambda: plt.imsave(out + 'e.png', np.ones((2, 2, 3)) * 2))
attempt(lambda: plt.imsave(out + 'e.png', z, cmap='no_such_map'))
attempt(lambda: plt.imsave(out + 'e', z))
attempt(lambda: plt.imsave('/nonexistent_dir_streak/e.png', z))
attempt(lambda: plt.get_cmap('nope'))
