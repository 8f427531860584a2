result:solve[(7 -8 9;0 1 2)];
show result;
