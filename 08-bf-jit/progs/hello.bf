Hello world: one loop sets four cells to 70 100 30 10
and each letter is a small step from one of them
++++++++++[>+++++++>++++++++++>+++>+<<<<-]
>++.              H
>+.               e
+++++++..         l l
+++.              o
>++.              space
<<+++++++++++++++.    W
>.                o
+++.              r
------.           l
--------.         d
>+.               !
>.                newline
