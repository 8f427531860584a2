result:solve["(()"];
show result;
