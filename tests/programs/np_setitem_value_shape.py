# The shape rules of a value stored through an index: an element takes
# no sequence (only a one-item array), a view takes a list of at most its
# own dims, and an array value (also for fancy indexes) may carry extra
# leading 1-long axes, which NumPy drops.
import numpy as np


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


x = np.zeros(3)
y = np.zeros((2, 3))


def elem_list(): x[0] = [1]
def elem_tuple(): x[1] = (2,)
def elem_empty(): x[2] = []
def elem_array2(): x[0] = np.array([1, 2])
def elem_array1(): x[0] = np.array([[7]])
def elem_2d_list(): y[0, 0] = [5]
def elem_npint(): x[np.int64(1)] = [2]
def view_deep_list(): x[0:2] = [[1, 2]]
def view_row_deep(): y[0] = [[1, 2, 3]]
def view_ellipsis(): y[0, 0, ...] = [5]
def view_array_lead(): x[0:2] = np.array([[[3, 4]]])
def fancy_lead(): y[[0, 1], 0] = np.array([[5, 6]])
def fancy_list_lead(): x[[0, 2]] = [[8, 9]]
def fancy_rows_lead(): y[[1, 0]] = np.array([[[1, 2, 3]]])
def fancy_col(): y[:, [2]] = [[[4]]]
def fancy_bad(): y[[0, 1], 0] = np.ones((2, 2))
def mask_list_2d(): x[[True, False, True]] = [[6, 7]]
def mask_list(): x[[True, False, True]] = [6, 7]

for f in [elem_list, elem_tuple, elem_empty, elem_array2, elem_array1, elem_2d_list, elem_npint,
          view_deep_list, view_row_deep, view_ellipsis, view_array_lead, fancy_lead,
          fancy_list_lead, fancy_rows_lead, fancy_col, fancy_bad, mask_list_2d, mask_list]:
    attempt(f.__name__, f)
    print(x, y.tolist())

z = np.array(1.5)
def zero_d_list(): z[()] = [1]
def zero_d_ellipsis(): z[...] = [2]
def zero_d_array(): z[...] = np.array([[4]])
for f in [zero_d_list, zero_d_ellipsis, zero_d_array]:
    attempt(f.__name__, f)
    print(z)
