Even steps: a loop whose counter steps by 2 or more ends only if the
counter starts at a multiple of the step's largest power of 2 and the
optimiser closes it only when it knows the counter does

10 counted down by 2: 5 passes each add 13 to the next cell (A)
++++++++++[>+++++++++++++<--]>.
Three times over a counter that is not set but counts down by 2 from the
0 the pass before left (as in bench/loops bf): 127 passes each time add 1
to a cell: 381 mod 256 is 125 (a closing brace) then a newline
>+++[>--[>+<--]<-]>>.
[-]++++++++++.
