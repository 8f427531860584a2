result:solve[([] region:`b`a`c`a; amount:101 102 103 104)];
show result;
