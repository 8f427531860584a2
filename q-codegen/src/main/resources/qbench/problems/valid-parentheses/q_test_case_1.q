result:solve["()"];
show result;
