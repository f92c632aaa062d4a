A small program for the tour of the generated code (no input or output)
++[->+++<]       a multiply loop: cell 1 = 2 x 3
>[>]             a scan right: from cell 1 to cell 2
<[-]             a clear
++[>>++<[-]<--]  a loop that stays (its step is even): the body adds at an offset and clears
