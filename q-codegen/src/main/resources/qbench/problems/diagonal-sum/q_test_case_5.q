result:solve[(2 0 0;0 2 0;0 0 2)];
show result;
